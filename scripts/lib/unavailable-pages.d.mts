import type { IncomingMessage, ServerResponse } from "node:http";

export declare const RETRY_AFTER_SECONDS: number;

export declare function serveWithRequestState(
  request: IncomingMessage,
  response: ServerResponse,
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
): unknown;
