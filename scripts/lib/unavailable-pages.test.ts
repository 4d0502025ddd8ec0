import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markRequestUnavailable } from "@/lib/request-state";
import { serveWithRequestState } from "./unavailable-pages.mjs";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Stands in for Next: awaits like a render, marks the request when its "database" fails (as
// lib/database-pool.ts does), and streams a 500 error page the way Next pipes its output.
async function fakeNext(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://localhost");
  await sleep(Number(url.searchParams.get("delay") ?? 0));
  if (url.searchParams.has("database-down")) markRequestUnavailable();
  await sleep(5);
  const status = url.searchParams.has("fail") || url.searchParams.has("database-down") ? 500 : 200;
  const headers = { "Content-Type": "text/html; charset=utf-8" };
  // Next answers in each of these ways, depending on the route.
  if (url.searchParams.has("head")) response.writeHead(status, headers).end("<html>next's page</html>");
  else if (url.searchParams.has("whole")) {
    response.statusCode = status;
    response.setHeader("Content-Type", headers["Content-Type"]);
    response.end("<html>next's page</html>");
  } else {
    response.statusCode = status;
    response.setHeader("Content-Type", headers["Content-Type"]);
    Readable.from(["<html>", "next's page", "</html>"]).pipe(response);
  }
}

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => serveWithRequestState(request, response, fakeNext));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const page = (path: string, headers: Record<string, string> = { accept: "text/html,application/xhtml+xml" }) =>
  fetch(`${origin}${path}`, { headers });

describe("pages the database could not serve", () => {
  it("answer a browser's page load with 503, Retry-After and a page that retries by itself, however Next writes", async () => {
    for (const how of ["", "&whole", "&head"]) {
      const response = await page(`/tickets?database-down${how}`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'sha256-/);
      const html = await response.text();
      expect(html).toMatch(/^<!doctype html>.*Triage is busy.*<\/html>$/s);
      expect(html).toContain('http-equiv="refresh"');
      expect(Buffer.byteLength(html)).toBe(Number(response.headers.get("content-length")));
    }
  });

  it("answer a client navigation or server action with 503 and Next's own body", async () => {
    const response = await page("/tickets?database-down", { accept: "*/*", rsc: "1" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toBe("<html>next's page</html>");
  });

  it("leave other failures and successes as Next answered them", async () => {
    expect((await page("/tickets?fail")).status).toBe(500);
    const ok = await page("/tickets");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("<html>next's page</html>");
  });

  it("mark only the request whose database failed, among concurrent ones", async () => {
    const [down, up] = await Promise.all([page("/a?database-down&delay=30"), page("/b?fail&delay=10")]);
    expect(down.status).toBe(503);
    expect(up.status).toBe(500);
  });
});
