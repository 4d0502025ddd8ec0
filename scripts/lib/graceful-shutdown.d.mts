// Types for graceful-shutdown.mjs, which stays plain JavaScript because scripts/server.mjs loads it.
import type { Server } from "node:http";

export declare const DRAIN_TIMEOUT_MS: number;
export declare function drainOnSignals(server: Server, options?: { timeoutMs?: number }): { isDraining(): boolean };
export declare function exitOnListenError(server: Server, port: number): void;
