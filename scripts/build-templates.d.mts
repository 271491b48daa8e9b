export declare const templatesOutfile: string;
export declare function generateTemplatesCode(templates: Record<string, string>): string;
export declare function readDefaultTemplates(): Promise<Record<string, string>>;
export declare function writeTemplates(): Promise<void>;
