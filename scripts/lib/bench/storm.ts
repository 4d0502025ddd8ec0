import http from "node:http";
import type pg from "pg";

// The write storm: many more API clients than the server has database connections, each filing
// tickets (and replying to every third one it filed) as fast as it is answered, for a fixed time.
// What it checks is how the server answers, not how fast: every answer is a success or a
// "retry later" (429/503 with Retry-After), never a 500, and every acknowledged write is stored
// exactly once. A refused client waits as long as Retry-After says, as a well-behaved client
// does, then files its next ticket: a refused write is counted, not sent again.

export type StormSettings = {
  origin: string;
  token: string;
  clients: number;
  seconds: number;
  /** Starts every title and reply: how the run's rows are told from others. */
  titlePrefix: string;
  /** Starts every Idempotency-Key (printable ASCII, no spaces). */
  keyPrefix: string;
};

export type StormResult = {
  clients: number;
  seconds: number;
  /** Answers by HTTP status ("error" for a connection that failed without one). */
  statuses: Record<string, number>;
  /** 429 and 503 answers without a Retry-After header. */
  refusalsWithoutRetryAfter: number;
  tickets: { acknowledged: number; stored: number; acknowledgedButMissing: number; storedMoreThanOnce: number };
  comments: { acknowledged: number; stored: number; acknowledgedButMissing: number };
};

type Answer = { status: number | "error"; retryAfter: string | undefined; body: string };

function send(agent: http.Agent, origin: URL, path: string, token: string, payload: unknown, idempotencyKey: string): Promise<Answer> {
  const body = JSON.stringify(payload);
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        method: "POST",
        hostname: origin.hostname,
        port: origin.port,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "idempotency-key": idempotencyKey,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("error", () => resolve({ status: "error", retryAfter: undefined, body: "" }));
        response.once("end", () =>
          resolve({ status: response.statusCode ?? "error", retryAfter: response.headers["retry-after"], body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.once("error", () => resolve({ status: "error", retryAfter: undefined, body: "" }));
    request.end(body);
  });
}

/** Runs the storm against a server; returns what clients were told, to compare with what is stored. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storm({ origin, token, clients, seconds, titlePrefix, keyPrefix }: StormSettings) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const base = new URL(origin);
  const statuses: Record<string, number> = {};
  let refusalsWithoutRetryAfter = 0;
  const ticketNumbers: number[] = [];
  const commentIds: string[] = [];
  const deadline = performance.now() + seconds * 1_000;
  let next = 0;

  const record = async (answer: Answer) => {
    statuses[String(answer.status)] = (statuses[String(answer.status)] ?? 0) + 1;
    if (answer.status === 429 || answer.status === 503) {
      if (answer.retryAfter) await sleep(Math.min(Number(answer.retryAfter), 10) * 1_000);
      else refusalsWithoutRetryAfter += 1;
    }
    return answer.status === 201 ? (JSON.parse(answer.body) as { number?: number; id?: string }) : null;
  };
  const client = async () => {
    while (performance.now() < deadline) {
      const index = next++;
      const ticket = await record(await send(agent, base, "/api/v1/tickets", token, {
        title: `${titlePrefix} ${index}`, description: "Disk usage above 95 % on db-01.", kind: "INCIDENT", priority: "HIGH",
      }, `${keyPrefix}-ticket-${index}`));
      if (ticket?.number === undefined) continue;
      ticketNumbers.push(ticket.number);
      if (index % 3 !== 0 || performance.now() >= deadline) continue;
      const comment = await record(await send(agent, base, `/api/v1/tickets/${ticket.number}/comments`, token, {
        body: `${titlePrefix} reply ${index}`,
      }, `${keyPrefix}-comment-${index}`));
      if (comment?.id) commentIds.push(comment.id);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  return { statuses, refusalsWithoutRetryAfter, ticketNumbers, commentIds };
}

/** Runs the storm, then compares the acknowledged writes with the database's rows. */
export async function runWriteStorm(settings: StormSettings, pool: pg.Pool, workspaceId: string): Promise<StormResult> {
  const told = await storm(settings);
  const like = `${settings.titlePrefix} %`;
  const tickets = await pool.query<{ stored: number; missing: number; repeated: number }>(
    `SELECT (SELECT count(*)::int FROM tickets WHERE workspace_id = $1 AND title LIKE $2) AS stored,
            (SELECT count(*)::int FROM unnest($3::int[]) AS told(number) WHERE NOT EXISTS
               (SELECT 1 FROM tickets t WHERE t.workspace_id = $1 AND t.number = told.number AND t.title LIKE $2)) AS missing,
            (SELECT count(*)::int FROM (SELECT title FROM tickets WHERE workspace_id = $1 AND title LIKE $2
               GROUP BY title HAVING count(*) > 1) repeated) AS repeated`,
    [workspaceId, like, told.ticketNumbers],
  );
  const comments = await pool.query<{ stored: number; missing: number }>(
    `SELECT (SELECT count(*)::int FROM comments WHERE workspace_id = $1 AND body LIKE $2) AS stored,
            (SELECT count(*)::int FROM unnest($3::uuid[]) AS told(id) WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = told.id)) AS missing`,
    [workspaceId, `${settings.titlePrefix} reply %`, told.commentIds],
  );
  const ticketRow = tickets.rows[0]!;
  const commentRow = comments.rows[0]!;
  return {
    clients: settings.clients,
    seconds: settings.seconds,
    statuses: told.statuses,
    refusalsWithoutRetryAfter: told.refusalsWithoutRetryAfter,
    tickets: { acknowledged: told.ticketNumbers.length, stored: ticketRow.stored, acknowledgedButMissing: ticketRow.missing, storedMoreThanOnce: ticketRow.repeated },
    comments: { acknowledged: told.commentIds.length, stored: commentRow.stored, acknowledgedButMissing: commentRow.missing },
  };
}

/** The storm's result in a few lines, ending with the verdict. */
export function formatStorm(result: StormResult): string {
  const total = Object.values(result.statuses).reduce((sum, count) => sum + count, 0);
  const histogram = Object.entries(result.statuses).sort(([a], [b]) => a.localeCompare(b)).map(([status, count]) => `${status}: ${count}`).join(", ");
  const { tickets, comments } = result;
  const isClean = (result.statuses["500"] ?? 0) === 0 && (result.statuses.error ?? 0) === 0 && result.refusalsWithoutRetryAfter === 0 &&
    tickets.acknowledgedButMissing === 0 && tickets.storedMoreThanOnce === 0 && comments.acknowledgedButMissing === 0;
  return [
    `Write storm: ${result.clients} clients for ${result.seconds} s, ${total} requests (${(total / result.seconds).toFixed(0)}/s)`,
    `  statuses: ${histogram}; 429/503 without Retry-After: ${result.refusalsWithoutRetryAfter}`,
    `  tickets: ${tickets.acknowledged} acknowledged, ${tickets.stored} stored, ${tickets.acknowledgedButMissing} acknowledged but missing, ${tickets.storedMoreThanOnce} stored twice`,
    `  replies: ${comments.acknowledged} acknowledged, ${comments.stored} stored, ${comments.acknowledgedButMissing} acknowledged but missing`,
    `  ${isClean ? "no 500, every acknowledged write stored once" : "FAILED: a 500, a lost connection, or a write lost or doubled"}`,
  ].join("\n");
}
