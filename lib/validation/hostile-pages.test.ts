import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/queries";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardParamsSchema } from "@/lib/dashboard/schemas";
import { listMailboxMessages } from "@/lib/email/queries";
import { listIncidents } from "@/lib/incidents/queries";
import { incidentFiltersSchema } from "@/lib/incidents/schemas";
import { mailboxListParamsSchema } from "@/lib/email/schemas";
import { listMembers } from "@/lib/members/queries";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { listFailedSignInsForAdmin } from "@/lib/security/login-attempts";
import { signInAttemptFiltersSchema } from "@/lib/security/schemas";
import { createEmailMessage } from "@/lib/test/email-factories";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { hostileQuery } from "@/lib/test/hostile-values";
import { createLoginAttempt } from "@/lib/test/security-factories";
import { streamTicketsCsv } from "@/lib/tickets/search/export";
import { effectiveFilters, searchTickets } from "@/lib/tickets/search/queries";
import { ticketFiltersSchema, toQueryString } from "@/lib/tickets/search/schemas";
import { parseQueryLeniently } from "@/lib/url-query";

// Every page that reads its query string, and the downloads that share it, under hostile values:
// the page reads what parses and drops the rest, and its query answers (a thrown database error
// would be a 500, or an error boundary under HTTP 200).

const NUM_RUNS = 60;
const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

/** Strings a parsed query may hand the database: no NUL, no lone surrogate. */
function expectStorable(value: unknown) {
  for (const item of [value].flat(2)) {
    if (typeof item !== "string") continue;
    expect(item).not.toContain("\u0000");
    expect(item.isWellFormed()).toBe(true);
  }
}

function readLeniently<S extends z.ZodObject>(schema: S, query: Record<string, unknown>): z.output<S> {
  const parsed = parseQueryLeniently(schema, query);
  for (const value of Object.values(parsed)) expectStorable(value);
  return parsed;
}

async function desk() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const { actor: client, user } = await createUser({ workspaceId: workspace.id });
  await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: "Printer on fire" });
  await createLoginAttempt({ email: user.email, userId: user.id, reason: "wrong_password" });
  await createEmailMessage({ workspaceId: workspace.id });
  return { admin, client };
}

describe("pages' query strings under hostile values", () => {
  it("lists tickets, for staff and clients, for any query", async () => {
    const { admin, client } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery([...keysOf(ticketFiltersSchema), "limit"]), fc.constantFrom(admin, client), async (query, actor) => {
        const filters = effectiveFilters(actor, readLeniently(ticketFiltersSchema, query));
        const page = await searchTickets(actor, filters);
        expect(Array.isArray(page.tickets)).toBe(true);
        expect(parseQueryLeniently(ticketFiltersSchema, Object.fromEntries(new URLSearchParams(toQueryString(filters))))).toEqual(filters);
      }),
      { seed: 20_261_201, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("exports the whole filtered list as CSV for any query, never a file cut off after its header", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(ticketFiltersSchema)), async (query) => {
        const filters = readLeniently(ticketFiltersSchema, query);
        const expected = await searchTickets(admin, { ...filters, cursor: undefined }, { pageSize: 100 });
        const csv = await new Response(await streamTicketsCsv(admin, filters)).text();
        expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + expected.tickets.length);
      }),
      { seed: 20_261_202, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("shows the audit log for any query", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(auditFiltersSchema)), async (query) => {
        const page = await listAuditEntries(admin, readLeniently(auditFiltersSchema, query));
        expect(Array.isArray(page.entries)).toBe(true);
      }),
      { seed: 20_261_203, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("shows failed sign-ins for any query", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(signInAttemptFiltersSchema)), async (query) => {
        const page = await listFailedSignInsForAdmin(admin, readLeniently(signInAttemptFiltersSchema, query));
        expect(page).toBeDefined();
      }),
      { seed: 20_261_204, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("lists members and the mailbox for any query", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(memberFiltersSchema)), hostileQuery(keysOf(mailboxListParamsSchema)), async (members, mailbox) => {
        expect(Array.isArray((await listMembers(admin, readLeniently(memberFiltersSchema, members))).members)).toBe(true);
        const { after } = readLeniently(mailboxListParamsSchema, mailbox);
        expect(Array.isArray((await listMailboxMessages(admin, { cursor: after })).messages)).toBe(true);
      }),
      { seed: 20_261_205, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("draws the dashboard, as its CSV and report downloads do, for any query", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(dashboardParamsSchema)), async (query) => {
        const { data } = await getDashboard(admin, readLeniently(dashboardParamsSchema, query));
        expect(data.scope.from <= data.scope.to).toBe(true);
      }),
      { seed: 20_261_206, numRuns: NUM_RUNS },
    );
  }, 120_000);

  it("lists incidents for any query, a reversed range included", async () => {
    const { admin } = await desk();
    await fc.assert(
      fc.asyncProperty(hostileQuery(keysOf(incidentFiltersSchema)), async (query) => {
        const page = await listIncidents(admin, readLeniently(incidentFiltersSchema, query));
        expect(Array.isArray(page.incidents)).toBe(true);
      }),
      { seed: 20_261_207, numRuns: NUM_RUNS },
    );
  }, 120_000);
});
