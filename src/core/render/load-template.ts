import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DefaultTemplateName =
  | 'tandem-issue.md.hbs'
  | 'tandem-issue.de.md.hbs'
  | 'reminder.md.hbs'
  | 'reminder.de.md.hbs'
  | 'progress-report.md.hbs'
  | 'progress-report.de.md.hbs';

const sources = new Map<string, string>();

/**
 * The source of one of Tandem's default templates in `templates/`. The folder is found by walking up
 * from this module, so the same code works from `src/core/render/` (tests, CLI) and from the bundled
 * `action/index.js`, which sits next to `templates/` in the Action's checkout.
 */
export function loadDefaultTemplate(name: DefaultTemplateName): string {
  const cached = sources.get(name);
  if (cached !== undefined) return cached;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(directory, 'templates', name);
    if (existsSync(candidate)) {
      const source = readFileSync(candidate, 'utf8');
      sources.set(name, source);
      return source;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`Tandem's default template templates/${name} is missing.`);
    directory = parent;
  }
}
