import { periodsOf } from "../schemas";
import type { DashboardData, DashboardScope } from "../types";

// Hand-built dashboards for the CSV and PDF tests: weekly periods over 25 Oct - 23 Nov 2026, and
// names a spreadsheet or a PDF font could trip over.

const scope: DashboardScope = {
  from: "2026-10-25",
  to: "2026-11-23",
  previousFrom: "2026-09-25",
  previousTo: "2026-10-24",
  granularity: "week",
  filters: {},
  timeZone: "Europe/Berlin",
  today: "2026-11-23",
};
const periods = periodsOf(scope);
const HOUR = 3_600;

export function dashboardFixture(): DashboardData {
  return {
    scope,
    generatedAt: "2026-11-23T09:30:00.000Z",
    pendingDays: 0,
    headlines: [
      { key: "created", label: "Created", unit: "count", better: null, value: 120, previous: 100 },
      { key: "resolved", label: "Resolved", unit: "count", better: "higher", value: 110, previous: 115 },
      { key: "firstResponseP50", label: "First response (median)", unit: "seconds", better: "lower", value: 1.5 * HOUR, previous: 2 * HOUR },
      { key: "resolutionP50", label: "Resolution (median)", unit: "seconds", better: "lower", value: 26 * HOUR, previous: null },
      { key: "breachRate", label: "SLA breaches", unit: "share", better: "lower", value: 0.1, previous: 0.125 },
      { key: "reopenRate", label: "Reopened", unit: "share", better: "lower", value: 0.05, previous: 0.05 },
    ],
    volume: periods.map((period, index) => ({ ...period, created: 10 + index * 5, resolved: 8 + index * 4 })),
    backlog: {
      byStatus: [
        { status: "NEW", count: 4 },
        { status: "OPEN", count: 12 },
        { status: "IN_PROGRESS", count: 7 },
        { status: "WAITING_ON_CUSTOMER", count: 3 },
      ],
      byPriority: [
        { priority: "URGENT", open: 2, resolvedWithDue: 10, resolvedLate: 3, breachRate: 0.3 },
        { priority: "HIGH", open: 6, resolvedWithDue: 20, resolvedLate: 2, breachRate: 0.1 },
        { priority: "MEDIUM", open: 14, resolvedWithDue: 40, resolvedLate: 1, breachRate: 0.025 },
        { priority: "LOW", open: 4, resolvedWithDue: 0, resolvedLate: 0, breachRate: null },
      ],
      series: periods.map((period, index) => ({ ...period, backlog: 20 + index })),
    },
    speed: periods.map((period, index) => ({
      ...period,
      responded: index === 0 ? 0 : 9 + index,
      firstResponseP50: index === 0 ? null : 5_400.4,
      firstResponseP90: index === 0 ? null : 4 * HOUR,
      resolved: 8 + index * 4,
      resolutionP50: 26 * HOUR,
      resolutionP90: 3 * 24 * HOUR,
    })),
    sla: {
      series: periods.map((period) => ({
        ...period,
        resolvedWithDue: 10,
        resolvedLate: 1,
        breachRate: 0.1,
        respondedWithDue: 3,
        respondedLate: 1,
        firstResponseBreachRate: 1 / 3,
      })),
      overdueNow: 5,
    },
    quality: periods.map((period) => ({ ...period, resolved: 20, reopened: 1, reopenRate: 0.05 })),
    mix: {
      categories: [
        { categoryId: "7d1c8f1e-1111-4c4c-8c8c-000000000001", name: "Billing, invoices", created: 50, resolved: 45, resolutionP50: 7_200 },
        { categoryId: "7d1c8f1e-1111-4c4c-8c8c-000000000002", name: '=HYPERLINK("http://evil")', created: 30, resolved: 28, resolutionP50: null },
        { categoryId: null, name: "No category", created: 40, resolved: 37, resolutionP50: 90_000 },
      ],
      kinds: [
        { kind: "INCIDENT", created: 40 },
        { kind: "REQUEST", created: 60 },
        { kind: "QUESTION", created: 20 },
      ],
    },
    people: [
      { assigneeId: "9a9a9a9a-2222-4d4d-9d9d-000000000001", name: 'Zoë "Zed" Łukasiewicz', open: 8, resolved: 60, resolutionP50: 20 * HOUR },
      { assigneeId: "9a9a9a9a-2222-4d4d-9d9d-000000000002", name: "-Dash\nNewline", open: 5, resolved: 50, resolutionP50: 30 * HOUR },
    ],
    forecast: {
      breachWithin4h: 2,
      breachWithin24h: 6,
      backlogNow: 26,
      createdPerDay: 4,
      closedPerDay: 3.5,
      trailingDays: 28,
      projection: [
        { date: "2026-11-23", backlog: 26 },
        { date: "2026-11-30", backlog: 29.5 },
        { date: "2026-12-07", backlog: 33 },
      ],
    },
    incidents: {
      bySeverity: [
        { severity: "SEV1", declared: 1, acknowledge: { count: 1, p50: 300, p90: 300 }, resolve: { count: 1, p50: 2 * HOUR, p90: 2 * HOUR }, openNow: 1 },
        { severity: "SEV2", declared: 3, acknowledge: { count: 3, p50: 1_200, p90: 3_060.4 }, resolve: { count: 2, p50: 5 * HOUR, p90: 9.5 * HOUR }, openNow: 1 },
        { severity: "SEV3", declared: 2, acknowledge: { count: 1, p50: 600, p90: 600 }, resolve: { count: 0, p50: null, p90: null }, openNow: 0 },
        { severity: "SEV4", declared: 0, acknowledge: { count: 0, p50: null, p90: null }, resolve: { count: 0, p50: null, p90: null }, openNow: 0 },
      ],
      total: { declared: 6, acknowledge: { count: 5, p50: 600, p90: 2_280 }, resolve: { count: 3, p50: 5 * HOUR, p90: 8.8 * HOUR }, openNow: 2 },
      open: [
        { severity: "SEV1", status: "INVESTIGATING", count: 1 },
        { severity: "SEV2", status: "MONITORING", count: 1 },
      ],
    },
  };
}

const noIncidents = { declared: 0, acknowledge: { count: 0, p50: null, p90: null }, resolve: { count: 0, p50: null, p90: null } };

/** A range without a single ticket or incident: zero counts, no durations or rates, no breakdown rows. */
export function emptyDashboardFixture(): DashboardData {
  const full = dashboardFixture();
  return {
    ...full,
    headlines: full.headlines.map((headline) => ({ ...headline, value: headline.unit === "count" ? 0 : null, previous: null })),
    volume: periods.map((period) => ({ ...period, created: 0, resolved: 0 })),
    backlog: { byStatus: [], byPriority: [], series: periods.map((period) => ({ ...period, backlog: 0 })) },
    speed: periods.map((period) => ({
      ...period,
      responded: 0,
      firstResponseP50: null,
      firstResponseP90: null,
      resolved: 0,
      resolutionP50: null,
      resolutionP90: null,
    })),
    sla: {
      series: periods.map((period) => ({
        ...period,
        resolvedWithDue: 0,
        resolvedLate: 0,
        breachRate: null,
        respondedWithDue: 0,
        respondedLate: 0,
        firstResponseBreachRate: null,
      })),
      overdueNow: 0,
    },
    quality: periods.map((period) => ({ ...period, resolved: 0, reopened: 0, reopenRate: null })),
    mix: { categories: [], kinds: [] },
    people: [],
    forecast: { ...full.forecast, breachWithin4h: 0, breachWithin24h: 0, backlogNow: 0, createdPerDay: 0, closedPerDay: 0, projection: [] },
    incidents: {
      bySeverity: full.incidents.bySeverity.map((row) => ({ ...row, ...noIncidents, openNow: 0 })),
      total: { ...noIncidents, openNow: 0 },
      open: [],
    },
  };
}
