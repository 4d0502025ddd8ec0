// The HTTP server in front of Next (started by scripts/start.ts). It exists for one reason:
// Next keeps an X-Forwarded-For that the client sent, so anyone could claim any address and
// escape per-address throttling. Here the headers a proxy would set are rebuilt from the
// socket, trusting a client-supplied value only when TRUSTED_PROXY_COUNT says proxies are in
// front. Plain JavaScript: it must load Next without the react-server condition of the scripts.
import { createServer } from "node:http";
import next from "next";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxyCount = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);

const app = next({ dev: isDev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
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
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Triage is ready on http://localhost:${port}`);
});
