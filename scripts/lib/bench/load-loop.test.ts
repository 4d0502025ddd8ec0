import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient, runLoad } from "./load-loop";

let server: http.Server;
let origin = "";
let inFlight = 0;
let maxInFlight = 0;
const connections = new Set<unknown>();
const seenCookies: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    connections.add(request.socket);
    seenCookies.push(request.headers.cookie ?? "");
    // A few milliseconds each, so that concurrent requests overlap.
    setTimeout(() => {
      inFlight--;
      response.writeHead(request.url === "/missing" ? 404 : 200).end("ok");
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("runLoad with the keep-alive HTTP client", () => {
  it("sends every request once, never more than the concurrency at a time, over reused connections", async () => {
    const client = createHttpClient(origin, 4, { cookie: "session=abc" });
    const paths: string[] = [];
    const run = await runLoad(40, 4, (index) => {
      paths.push(`/item/${index}`);
      return client.get(`/item/${index}`);
    });
    client.close();
    expect(run.latenciesMs).toHaveLength(40);
    expect(new Set(paths).size).toBe(40);
    expect(maxInFlight).toBe(4);
    expect(connections.size).toBe(4);
    expect(seenCookies.every((cookie) => cookie === "session=abc")).toBe(true);
    expect(run.latenciesMs.every((latency) => latency >= 4)).toBe(true);
    expect(run.wallMs).toBeLessThan(run.latenciesMs.reduce((sum, latency) => sum + latency, 0));
  });

  it("fails the run on an unexpected status", async () => {
    const client = createHttpClient(origin, 2);
    await expect(runLoad(3, 2, () => client.get("/missing"))).rejects.toThrow(/answered 404, expected 200/);
    client.close();
  });
});
