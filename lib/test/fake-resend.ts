import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedResendRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
};

export type FakeResend = {
  /** Base URL for RESEND_BASE_URL, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: RecordedResendRequest[];
  /**
   * The next `count` sends are answered with `status` (500 or 429) and a Resend-style error,
   * replacing any failures still queued; `failNext(0)` makes every send succeed again.
   */
  failNext(count: number, status?: 429 | 500): void;
  close(): Promise<void>;
};

const ERROR_BODIES = {
  429: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests." },
  500: { statusCode: 500, name: "internal_server_error", message: "Something went wrong." },
} as const;

/**
 * A stand-in for the Resend API on 127.0.0.1 and a random port: POST /emails answers `{ id }`
 * like the real one, so the real SDK can be driven through RESEND_BASE_URL.
 */
export async function startFakeResend(): Promise<FakeResend> {
  const requests: RecordedResendRequest[] = [];
  const failures: (429 | 500)[] = [];

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body });
      const reply = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(payload));
      };
      if (request.method !== "POST" || request.url !== "/emails") {
        return reply(404, { statusCode: 404, name: "not_found", message: "Not found." });
      }
      const failure = failures.shift();
      if (failure) return reply(failure, ERROR_BODIES[failure]);
      reply(200, { id: randomUUID() });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, status = 500) {
      failures.splice(0, failures.length, ...Array.from({ length: count }, () => status));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
