export declare const workflowsOutfile: string;
export declare function generateWorkflowsCode(workflows: Record<string, string>): string;
export declare function readWorkflows(): Promise<Record<string, string>>;
export declare function writeWorkflows(): Promise<void>;
