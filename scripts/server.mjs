// The HTTP server in front of Next (started by scripts/start.ts). It exists for three reasons.
// Next keeps an X-Forwarded-For that the client sent, so anyone could claim any address and
// escape per-address throttling: here the headers a proxy would set are rebuilt from the
// socket, trusting a client-supplied value only when TRUSTED_PROXY_COUNT says proxies are in
// front. A page that fails because the database cannot serve is answered 503, not Next's 500
// (lib/unavailable-pages.mjs). And in production it sends HSTS and moves plain-http requests to https
// (lib/https-redirect.mjs): it sees every request, assets and API included, and reads
// FORCE_HTTPS when it starts, whereas next.config.ts headers are fixed when the app is built.
// In production it runs one process per core (lib/web-cluster.mjs). On SIGTERM or SIGINT it drains
// (lib/graceful-shutdown.mjs); a port it cannot take makes it exit 1 with the reason.
// Plain JavaScript: it must load Next without the react-server condition of the scripts.
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import {
  decideHttpsRedirect,
  effectiveProtocol,
  HSTS_HEADER_VALUE,
  isHttpsEnforced,
  publicHttpsOrigin,
} from "./lib/https-redirect.mjs";
import { drainOnSignals, exitOnListenError } from "./lib/graceful-shutdown.mjs";
import { serveWithRequestState } from "./lib/unavailable-pages.mjs";
import { superviseWorkers, webConcurrency } from "./lib/web-cluster.mjs";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxyCount = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);
const isHttpsRequired = isHttpsEnforced(process.env);
const publicOrigin = publicHttpsOrigin(process.env.AUTH_URL);
const processCount = webConcurrency(process.env, isDev);

if (cluster.isPrimary && processCount > 1) superviseWorkers(processCount, port);
else await serve();

/** This process serves requests itself: the only one, or one worker of several. */
async function serve() {
  const app = next({ dev: isDev, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    // A keep-alive client learns that this connection ends with this answer.
    if (shutdown.isDraining()) response.setHeader("Connection", "close");
    const peer = request.socket.remoteAddress ?? "";
    const headers = request.headers;
    if (trustedProxyCount > 0) {
      // Like a proxy, append the address we received the request from; lib/request-context.ts
      // counts TRUSTED_PROXY_COUNT entries back from the end to find the client.
      headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${peer}` : peer;
    } else {
      headers["x-forwarded-for"] = peer;
      delete headers["x-forwarded-proto"];
      delete headers["x-forwarded-host"];
      delete headers["x-forwarded-port"];
    }
    if (isHttpsRequired) {
      // Browsers ignore HSTS received over http, so it can go on every response.
      response.setHeader("Strict-Transport-Security", HSTS_HEADER_VALUE);
      if (answerPlainHttp(request, response)) return;
    }
    serveWithRequestState(request, response, handle);
  });
  // Before Next loads (seconds): a signal meanwhile stops the process cleanly too.
  const shutdown = drainOnSignals(server);
  exitOnListenError(server, port);
  await app.prepare();
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Triage is ready on http://localhost:${port}`);
    if (isHttpsRequired && trustedProxyCount === 0) {
      console.warn(
        "FORCE_HTTPS is on but no proxy is trusted (TRUSTED_PROXY_COUNT=0), so every request but " +
          "the health checks is sent to https://. Put a TLS proxy in front and set TRUSTED_PROXY_COUNT, " +
          "or set FORCE_HTTPS=false to serve plain http.",
      );
    }
    if (isHttpsRequired && !publicOrigin) {
      console.warn(
        "FORCE_HTTPS is on but AUTH_URL is not set, so plain-http requests are refused (400) rather " +
          "than redirected to a site guessed from their Host header. Set AUTH_URL to the public origin.",
      );
    }
  });
}

/** Answers a plain-http request with the move to https (or a refusal); false to let Next serve it. */
function answerPlainHttp(request, response) {
  const protocol = effectiveProtocol({
    isTlsSocket: Boolean(request.socket.encrypted),
    forwardedProto: request.headers["x-forwarded-proto"],
    trustedProxyCount,
  });
  const decision = decideHttpsRedirect({
    enforced: true,
    protocol,
    method: request.method,
    url: request.url ?? "/",
    publicOrigin,
  });
  if (decision.action === "serve") return false;
  if (decision.action === "redirect") {
    response.writeHead(308, { Location: decision.location, "Content-Type": "text/plain; charset=utf-8" });
    response.end(`Moved to ${decision.location}\n`);
  } else {
    response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("This site is served over HTTPS only.\n");
  }
  return true;
}
