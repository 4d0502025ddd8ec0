// Process-level: how `npm start` stops and fails, as `docker stop`, systemd or an operator see it
// (README, "Stopping and restarting"). No browser: each spec runs `npm start` with ports and an
// embedded PostgreSQL of its own, on the production build the e2e server already made.
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { portAnswers } from "@/scripts/lib/free-port";
import { killLeftovers, type NpmStart, postmasterPid, slowRequest, startNpm, waitUntilReady } from "./npm-start";

const CLUSTER = `e2e-process-${process.pid}`;
let app: NpmStart | undefined;

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.afterEach(() => killLeftovers(app, CLUSTER));
test.afterAll(() => rmSync(path.resolve(".data", CLUSTER), { recursive: true, force: true }));

test("SIGTERM to the npm start pid drains in-flight requests, then frees both ports and exits 0", async () => {
  app = await startNpm({ cluster: CLUSTER, webConcurrency: 2 });
  await waitUntilReady(app);
  const inFlight = await Promise.all([slowRequest(app.port), slowRequest(app.port)]);

  process.kill(app.process.pid ?? 0, "SIGTERM");
  // Draining: no new connections, while the two requests are still waiting for their bodies.
  await expect.poll(() => portAnswers(app?.port ?? 0), { timeout: 5_000 }).toBe(false);
  for (const request of inFlight) request.finish();
  for (const request of inFlight) expect(await request.response).toMatch(/\r\n\r\nHTTP\/1\.1 (302|303|200) /);

  expect(await app.exited).toBe(0);
  expect(await portAnswers(app.port)).toBe(false);
  expect(await portAnswers(app.databasePort)).toBe(false);
  expect(app.output()).toContain("SIGTERM: finishing the requests in flight");
  expect(app.output()).toContain("Background jobs stopped.");
});

test("SIGTERM to the whole process group (systemd's default) drains the same way", async () => {
  app = await startNpm({ cluster: CLUSTER });
  await waitUntilReady(app);
  const inFlight = await slowRequest(app.port);

  process.kill(-(app.process.pid ?? 0), "SIGTERM");
  await expect.poll(() => portAnswers(app?.port ?? 0), { timeout: 5_000 }).toBe(false);
  inFlight.finish();
  expect(await inFlight.response).toMatch(/\r\n\r\nHTTP\/1\.1 (302|303|200) /);

  expect(await app.exited).toBe(0);
  expect(await portAnswers(app.databasePort)).toBe(false);
  expect(app.output()).not.toContain("stopped unexpectedly");
});

test("a second npm start on a port in use exits 1 and says so", async () => {
  app = await startNpm({ cluster: CLUSTER });
  await waitUntilReady(app);
  // The same database (reused, left running) and the same port: only the port is in the way.
  const second = await startNpm({ cluster: CLUSTER, port: app.port, databasePort: app.databasePort });
  try {
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Triage cannot listen: port ${app.port} is already in use`);
    // The first one serves on, database included, and still stops cleanly.
    expect((await fetch(`http://127.0.0.1:${app.port}/sign-in`)).status).toBe(200);
    process.kill(app.process.pid ?? 0, "SIGTERM");
    expect(await app.exited).toBe(0);
  } finally {
    killLeftovers(second, "none");
  }
});

test("npm start exits 1 with a clear message when its embedded PostgreSQL dies under it", async () => {
  app = await startNpm({ cluster: CLUSTER });
  await waitUntilReady(app);
  const pid = postmasterPid(CLUSTER);
  expect(pid).not.toBeNull();
  process.kill(pid ?? 0, "SIGKILL");

  expect(await app.exited).toBe(1);
  expect(app.output()).toContain("The embedded PostgreSQL stopped unexpectedly");
  expect(await portAnswers(app.port)).toBe(false);
});
