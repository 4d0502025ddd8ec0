import type { Actor } from "@/lib/auth/session";
import { createPersonalToken, createServiceKey } from "@/lib/api-keys/mutations";
import type { ApiScope } from "@/lib/api-keys/scopes";
import * as auditLogs from "@/app/api/v1/audit-logs/route";
import * as categories from "@/app/api/v1/categories/route";
import * as me from "@/app/api/v1/me/route";
import * as ticket from "@/app/api/v1/tickets/[number]/route";
import * as comments from "@/app/api/v1/tickets/[number]/comments/route";
import * as tickets from "@/app/api/v1/tickets/route";
import * as usage from "@/app/api/v1/usage/route";
import * as users from "@/app/api/v1/users/route";

// Calls the real /api/v1 route handlers in-process, as Next would, for the integration tests.

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Module = Partial<Record<"GET" | "POST" | "PATCH", Handler>>;

const ROUTES: [RegExp, Module, string[]][] = [
  [/^\/tickets$/, tickets as unknown as Module, []],
  [/^\/tickets\/([^/]+)$/, ticket as unknown as Module, ["number"]],
  [/^\/tickets\/([^/]+)\/comments$/, comments as unknown as Module, ["number"]],
  [/^\/categories$/, categories as unknown as Module, []],
  [/^\/users$/, users as unknown as Module, []],
  [/^\/audit-logs$/, auditLogs as unknown as Module, []],
  [/^\/me$/, me as unknown as Module, []],
  [/^\/usage$/, usage as unknown as Module, []],
];

export type ApiCall = {
  token?: string | null;
  body?: unknown;
  /** Sent as is, not as JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
};

export type ApiResult = { status: number; headers: Headers; body: unknown };

export async function callApi(method: "GET" | "POST" | "PATCH", path: string, call: ApiCall = {}): Promise<ApiResult> {
  const url = new URL(`http://triage.test/api/v1${path}`);
  const route = ROUTES.find(([pattern]) => pattern.test(url.pathname.slice("/api/v1".length)));
  if (!route) throw new Error(`No route for ${path}`);
  const [pattern, module, names] = route;
  const match = pattern.exec(url.pathname.slice("/api/v1".length))!;
  const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
  const handler = module[method];
  if (!handler) throw new Error(`No ${method} on ${path}`);
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: string | undefined = call.rawBody;
  if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A service key with these scopes, created by the admin. */
export async function serviceToken(admin: Actor, scopes: ApiScope[], name = "Monitoring"): Promise<string> {
  return (await createServiceKey(admin, { name, scopes, expiresInDays: "30" })).token;
}

/** A personal token of the actor with these scopes. */
export async function personalToken(actor: Actor, scopes: ApiScope[]): Promise<string> {
  return (await createPersonalToken(actor, { name: "Script", scopes, expiresInDays: "never" })).token;
}
