import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: {
      deps: {
        // It imports its JSON schema without an import attribute, which only a bundler accepts.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
