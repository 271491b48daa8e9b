import type { BuildOptions, Metafile } from 'esbuild';

export declare const LICENSES_FILE: string;
export declare const bundles: (BuildOptions & { outdir: string; entryPoints: Record<string, string> })[];
export declare function buildBundle(
  options: (typeof bundles)[number],
): Promise<{ files: Map<string, string>; metafile: Metafile }>;
export declare function listBuiltFiles(options: (typeof bundles)[number]): Promise<string[]>;
