import type { Actor } from "@/lib/auth/actor";
import { createPersonalToken, createServiceKey } from "@/lib/api-keys/mutations";
import type { ApiScope } from "@/lib/api-keys/scopes";
import * as apiKeys from "@/app/api/v1/api-keys/route";
import * as revokeKey from "@/app/api/v1/api-keys/[id]/revoke/route";
import * as auditLogs from "@/app/api/v1/audit-logs/route";
import * as authToken from "@/app/api/v1/auth/token/route";
import { buildOpenApiDocument } from "./openapi";
import { responseValidator } from "./response-validator";
import * as categories from "@/app/api/v1/categories/route";
import * as incidents from "@/app/api/v1/incidents/route";
import * as incident from "@/app/api/v1/incidents/[number]/route";
import * as incidentTicket from "@/app/api/v1/incidents/[number]/tickets/[ticketNumber]/route";
import * as timelineEvents from "@/app/api/v1/incidents/[number]/timeline-events/route";
import * as statusUpdates from "@/app/api/v1/incidents/[number]/status-updates/route";
import * as tasks from "@/app/api/v1/incidents/[number]/tasks/route";
import * as task from "@/app/api/v1/incidents/[number]/tasks/[taskId]/route";
import * as me from "@/app/api/v1/me/route";
import * as serviceAccounts from "@/app/api/v1/service-accounts/route";
import * as ticket from "@/app/api/v1/tickets/[number]/route";
import * as comments from "@/app/api/v1/tickets/[number]/comments/route";
import * as tickets from "@/app/api/v1/tickets/route";
import * as usage from "@/app/api/v1/usage/route";
import * as users from "@/app/api/v1/users/route";
import * as workspaces from "@/app/api/v1/workspaces/route";

// Calls the real /api/v1 route handlers in-process, as Next would, for the integration tests, and
// checks every answer against the OpenAPI document: its status must be one the operation
// documents, and its body must match the schema documented for that status.

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Method = "GET" | "POST" | "PATCH" | "DELETE";
type Module = Partial<Record<Method, Handler>>;

const ROUTES: [RegExp, Module, string[], Partial<Record<Method, string>>][] = [
  [/^\/tickets$/, tickets as unknown as Module, [], { GET: "listTickets", POST: "createTicket" }],
  [/^\/tickets\/([^/]+)$/, ticket as unknown as Module, ["number"], { GET: "getTicket", PATCH: "updateTicket" }],
  [/^\/tickets\/([^/]+)\/comments$/, comments as unknown as Module, ["number"], { GET: "listComments", POST: "createComment" }],
  [/^\/incidents$/, incidents as unknown as Module, [], { GET: "listIncidents", POST: "declareIncident" }],
  [/^\/incidents\/([^/]+)$/, incident as unknown as Module, ["number"], { GET: "getIncident", PATCH: "updateIncident" }],
  [/^\/incidents\/([^/]+)\/timeline-events$/, timelineEvents as unknown as Module, ["number"], { GET: "listTimelineEvents", POST: "createTimelineNote" }],
  [/^\/incidents\/([^/]+)\/tickets\/([^/]+)$/, incidentTicket as unknown as Module, ["number", "ticketNumber"], { POST: "linkIncidentTicket", DELETE: "unlinkIncidentTicket" }],
  [/^\/incidents\/([^/]+)\/tasks$/, tasks as unknown as Module, ["number"], { GET: "listIncidentTasks", POST: "createIncidentTask" }],
  [/^\/incidents\/([^/]+)\/tasks\/([^/]+)$/, task as unknown as Module, ["number", "taskId"], { PATCH: "updateIncidentTask" }],
  [/^\/incidents\/([^/]+)\/status-updates$/, statusUpdates as unknown as Module, ["number"], { GET: "listStatusUpdates", POST: "createStatusUpdate" }],
  [/^\/categories$/, categories as unknown as Module, [], { GET: "listCategories" }],
  [/^\/users$/, users as unknown as Module, [], { GET: "listUsers", POST: "createUser" }],
  [/^\/audit-logs$/, auditLogs as unknown as Module, [], { GET: "listAuditLogs" }],
  [/^\/me$/, me as unknown as Module, [], { GET: "getMe" }],
  [/^\/usage$/, usage as unknown as Module, [], { GET: "getUsage" }],
  [/^\/service-accounts$/, serviceAccounts as unknown as Module, [], { GET: "listServiceAccounts", POST: "createServiceAccount" }],
  [/^\/api-keys$/, apiKeys as unknown as Module, [], { GET: "listApiKeys", POST: "createApiKey" }],
  [/^\/api-keys\/([^/]+)\/revoke$/, revokeKey as unknown as Module, ["id"], { POST: "revokeApiKey" }],
  [/^\/auth\/token$/, authToken as unknown as Module, [], { POST: "createToken" }],
  [/^\/workspaces$/, workspaces as unknown as Module, [], { GET: "listWorkspaces" }],
];

export type ApiCall = {
  token?: string | null;
  body?: unknown;
  /** Sent as is, not as JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
};

export type ApiResult = { status: number; headers: Headers; body: unknown };

export async function callApi(method: Method, path: string, call: ApiCall = {}): Promise<ApiResult> {
  const url = new URL(`http://triage.test/api/v1${path}`);
  const route = ROUTES.find(([pattern]) => pattern.test(url.pathname.slice("/api/v1".length)));
  if (!route) throw new Error(`No route for ${path}`);
  const [pattern, module, names, operationIds] = route;
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
  const result = { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  assertDocumented(operationIds[method]!, result);
  return result;
}

const DOCUMENTED_OPERATIONS = Object.values(buildOpenApiDocument({ serverUrl: "" }).paths).flatMap((item) => Object.values(item));

/** Throws unless the document lists the status for the operation and the body matches its schema. */
function assertDocumented(operationId: string, { status, body }: ApiResult) {
  const operation = DOCUMENTED_OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (!operation?.responses[String(status)]) throw new Error(`${operationId} answered ${status}, which the OpenAPI document does not list.`);
  if (body === null) return;
  const { valid, errors } = responseValidator(operationId, status)(body);
  if (!valid) throw new Error(`${operationId} ${status} does not match the OpenAPI document: ${errors.join("; ")}`);
}

/** A service key with these scopes, created by the admin. */
export async function serviceToken(admin: Actor, scopes: ApiScope[], name = "Monitoring"): Promise<string> {
  return (await createServiceKey(admin, { name, scopes, expiresInDays: "30" })).token;
}

/** A personal token of the actor with these scopes. */
export async function personalToken(actor: Actor, scopes: ApiScope[]): Promise<string> {
  return (await createPersonalToken(actor, { name: "Script", scopes, expiresInDays: "never" })).token;
}
