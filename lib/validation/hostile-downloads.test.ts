import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import * as dashboardCsv from "@/app/api/w/[slug]/dashboard/csv/[chart]/route";
import * as dashboardReport from "@/app/api/w/[slug]/dashboard/report/route";
import * as ticketExport from "@/app/api/w/[slug]/tickets/export/route";
import type { Actor } from "@/lib/auth/actor";
import { DASHBOARD_CHART_KEYS } from "@/lib/dashboard/format";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { hostileQuery } from "@/lib/test/hostile-values";
import { EXPORT_HEADER } from "@/lib/tickets/search/export";

// The download routes under hostile query strings, signed in as a manager: each answers its file
// with a 200, never a thrown error (a 500) or a CSV cut off after its header.

const session = vi.hoisted(() => ({ actor: null as Actor | null, slug: "" }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getActorIn: async (slug: string) => (slug === session.actor?.workspaceSlug ? session.actor : null),
}));
const inWorkspace = <P extends object>(params: P) => ({ params: Promise.resolve({ slug: session.slug, ...params }) });

const TICKET_KEYS = ["view", "q", "status", "priority", "kind", "categoryId", "assigneeId", "requester", "createdFrom", "createdTo", "updatedFrom", "resolvedTo", "sort", "direction", "cursor"];
const DASHBOARD_KEYS = ["range", "from", "to", "granularity", "categoryId", "priority", "kind", "assigneeId"];

const queryString = (record: Record<string, unknown>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const item of [value].flat()) params.append(key, String(item));
  return params.toString();
};

async function signedInManager() {
  const workspace = await createWorkspace();
  const { actor } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  for (const title of ["Printer on fire", "VPN down"]) await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title });
  session.actor = actor;
  session.slug = actor.workspaceSlug;
}

describe("download routes under hostile query strings", () => {
  it("exports tickets as a whole CSV for any query", async () => {
    await signedInManager();
    await fc.assert(
      fc.asyncProperty(hostileQuery(TICKET_KEYS), async (query) => {
        const response = await ticketExport.GET(new Request(`http://triage.test/api/w/${session.slug}/tickets/export?${queryString(query)}`), inWorkspace({}));
        expect(response.status).toBe(200);
        const lines = (await response.text()).split("\r\n");
        expect(lines[0]).toBe(EXPORT_HEADER.join(","));
        expect(lines.at(-1)).toBe("");
      }),
      { seed: 20_261_231, numRuns: 60 },
    );
  }, 120_000);

  it("answers every dashboard chart's CSV for any query", async () => {
    await signedInManager();
    await fc.assert(
      fc.asyncProperty(hostileQuery(DASHBOARD_KEYS), fc.constantFrom(...DASHBOARD_CHART_KEYS), async (query, chart) => {
        const request = new Request(`http://triage.test/api/w/${session.slug}/dashboard/csv/${chart}?${queryString(query)}`);
        const response = await dashboardCsv.GET(request, inWorkspace({ chart }));
        expect(response.status).toBe(200);
        expect((await response.text()).split("\r\n")[0]).toMatch(/^period|^\w/);
      }),
      { seed: 20_261_232, numRuns: 60 },
    );
  }, 120_000);

  it("renders the PDF report for any query", async () => {
    await signedInManager();
    await fc.assert(
      fc.asyncProperty(hostileQuery(DASHBOARD_KEYS), async (query) => {
        const response = await dashboardReport.GET(new Request(`http://triage.test/api/w/${session.slug}/dashboard/report?${queryString(query)}`), inWorkspace({}));
        expect(response.status).toBe(200);
        expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
      }),
      { seed: 20_261_233, numRuns: 6 },
    );
  }, 120_000);
});
