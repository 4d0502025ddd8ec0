// Types for web-cluster.mjs, which stays plain JavaScript because scripts/server.mjs loads it.
export declare const DEFAULT_MAX_PROCESSES: number;
export declare function webConcurrency(env: Record<string, string | undefined>, isDev: boolean): number;
export declare function superviseWorkers(count: number, port: number): void;
