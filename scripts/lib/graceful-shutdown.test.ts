import { type ChildProcess, spawn } from "node:child_process";
import { Agent, request } from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort } from "./free-port";

const moduleUrl = `file://${path.resolve(import.meta.dirname, "graceful-shutdown.mjs")}`;
let child: ChildProcess | undefined;
afterEach(() => child?.kill("SIGKILL"));

/**
 * A plain node:http server in a process of its own, draining as scripts/server.mjs does: `/slow`
 * answers after `slowMs`, `/hang` never. Resolves once it listens.
 */
async function startServer({ slowMs, timeoutMs }: { slowMs: number; timeoutMs: number }) {
  const port = await findFreePort();
  const source = `
    import { createServer } from "node:http";
    import { drainOnSignals } from ${JSON.stringify(moduleUrl)};
    const server = createServer((req, res) => {
      if (req.url === "/slow") setTimeout(() => res.end("done"), ${slowMs});
      else if (req.url !== "/hang") res.end("ok");
    });
    drainOnSignals(server, { timeoutMs: ${timeoutMs} });
    server.listen(${port}, "127.0.0.1", () => console.log("listening"));`;
  const started = spawn(process.execPath, ["--input-type=module", "-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  child = started;
  await new Promise((resolve) => started.stdout?.once("data", resolve));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    started.once("exit", (code) => resolve({ code, at: Date.now() })));
  return { port, process: started, exited };
}

/** GET on 127.0.0.1; resolves with the body, or "error: <code>" when the connection fails. */
function get(port: number, urlPath: string, agent: Agent | false = false): Promise<string> {
  return new Promise((resolve) => {
    const outgoing = request({ host: "127.0.0.1", port, path: urlPath, agent }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body));
      response.on("error", (error: NodeJS.ErrnoException) => resolve(`error: ${error.code}`));
    });
    outgoing.on("error", (error: NodeJS.ErrnoException) => resolve(`error: ${error.code}`));
    outgoing.end();
  });
}

describe("drainOnSignals", () => {
  it("on SIGTERM refuses new connections, finishes the requests in flight, then exits 0", async () => {
    const server = await startServer({ slowMs: 1_000, timeoutMs: 10_000 });
    const inFlight = [get(server.port, "/slow"), get(server.port, "/slow")];
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await get(server.port, "/")).toBe("error: ECONNREFUSED");
    expect(await Promise.all(inFlight)).toEqual(["done", "done"]);
    expect((await server.exited).code).toBe(0);
  });

  it("cuts what is still running after the timeout and exits 0 all the same", async () => {
    const server = await startServer({ slowMs: 0, timeoutMs: 500 });
    const hanging = get(server.port, "/hang");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalledAt = Date.now();
    server.process.kill("SIGTERM");
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeGreaterThanOrEqual(450);
    expect(at - signalledAt).toBeLessThan(5_000);
    expect(await hanging).toMatch(/^error: /);
  });

  it("ignores a second signal while it drains (Ctrl-C reaches it directly and through its parent)", async () => {
    const server = await startServer({ slowMs: 800, timeoutMs: 10_000 });
    const inFlight = get(server.port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.process.kill("SIGINT");
    server.process.kill("SIGTERM");
    expect(await inFlight).toBe("done");
    expect((await server.exited).code).toBe(0);
  });

  it("does not wait for an idle keep-alive connection", async () => {
    const server = await startServer({ slowMs: 0, timeoutMs: 10_000 });
    const keepAlive = new Agent({ keepAlive: true });
    try {
      expect(await get(server.port, "/", keepAlive)).toBe("ok");
      const signalledAt = Date.now();
      server.process.kill("SIGTERM");
      expect((await server.exited).at - signalledAt).toBeLessThan(2_000);
    } finally {
      keepAlive.destroy();
    }
  });
});
