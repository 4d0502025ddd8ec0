import http from "node:http";

export type LoadRun = { latenciesMs: number[]; wallMs: number };

/**
 * Runs `task(0) … task(requests - 1)` with at most `concurrency` in flight, each worker taking
 * the next index as soon as its previous task ends (a closed loop, like autocannon's). A failed
 * task fails the run: a benchmark of error pages would measure the wrong thing.
 */
export async function runLoad(requests: number, concurrency: number, task: (index: number) => Promise<void>): Promise<LoadRun> {
  const latenciesMs: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < requests; index = next++) {
      const started = performance.now();
      await task(index);
      latenciesMs.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { latenciesMs, wallMs: performance.now() - started };
}

export type HttpClient = {
  /** GETs the path, reads the whole body and throws unless the status is `expected`. */
  get(path: string, expected?: number): Promise<void>;
  /** POSTs a JSON body, the same way. */
  post(path: string, body: string, expected?: number): Promise<void>;
  close(): void;
};

/** Keep-alive connections, one per worker, so that the run measures requests and not TCP setup. */
export function createHttpClient(origin: string, concurrency: number, headers: Record<string, string> = {}): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const base = new URL(origin);
  const send = (method: "GET" | "POST", path: string, body: string | null, expected: number) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        {
          agent,
          method,
          hostname: base.hostname,
          port: base.port,
          path,
          headers: body === null ? headers : { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.once("error", reject);
          response.once("end", () =>
            response.statusCode === expected
              ? resolve()
              : reject(new Error(`${method} ${path} answered ${response.statusCode}, expected ${expected}.`)),
          );
        },
      );
      request.once("error", reject);
      request.end(body ?? undefined);
    });
  return {
    get: (path, expected = 200) => send("GET", path, null, expected),
    post: (path, body, expected = 201) => send("POST", path, body, expected),
    close: () => agent.destroy(),
  };
}
