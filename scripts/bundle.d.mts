import type { BuildOptions, Plugin } from 'esbuild';

export declare const noMomentTimezone: Plugin;

export declare const bundles: (BuildOptions & { outdir: string; entryPoints: Record<string, string> })[];
export declare function listBuiltFiles(options: (typeof bundles)[number]): Promise<string[]>;
