import { describe, expect, it } from "vitest";
import { dashboardCsv } from "./csv";
import { dashboardFixture, emptyDashboardFixture } from "./pdf/fixture";

const lines = (csv: string) => csv.split("\r\n");

describe("dashboard CSV", () => {
  it("names the file after the chart and the range", () => {
    expect(dashboardCsv(dashboardFixture(), "volume").filename).toBe("triage-volume-2026-10-25-to-2026-11-23.csv");
  });

  it("writes a header row, one row per period and CRLF line ends", () => {
    const { csv } = dashboardCsv(dashboardFixture(), "volume");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(lines(csv).slice(0, 3)).toEqual([
      "period_start,period_end,created,resolved",
      "2026-10-25,2026-10-25,10,8",
      "2026-10-26,2026-11-01,15,12",
    ]);
    expect(lines(csv)).toHaveLength(1 + 6 + 1);
  });

  it("gives durations in whole seconds and in hours, and empties missing ones", () => {
    const [header, first, second] = lines(dashboardCsv(dashboardFixture(), "speed").csv);
    expect(header).toBe(
      "period_start,period_end,responded,first_response_p50_seconds,first_response_p50_hours,first_response_p90_seconds,first_response_p90_hours," +
        "resolved,resolution_p50_seconds,resolution_p50_hours,resolution_p90_seconds,resolution_p90_hours",
    );
    expect(first).toBe("2026-10-25,2026-10-25,0,,,,,8,93600,26,259200,72");
    expect(second).toBe("2026-10-26,2026-11-01,10,5400,1.5,14400,4,12,93600,26,259200,72");
  });

  it("gives rates as shares between 0 and 1", () => {
    const [header, first] = lines(dashboardCsv(dashboardFixture(), "sla").csv);
    expect(header).toBe(
      "period_start,period_end,resolved_with_due,resolved_late,breach_rate,responded_with_due,responded_late,first_response_breach_rate",
    );
    expect(first).toBe("2026-10-25,2026-10-25,10,1,0.1,3,1,0.3333");
    expect(lines(dashboardCsv(dashboardFixture(), "quality").csv)[1]).toBe("2026-10-25,2026-10-25,20,1,0.05");
  });

  it("keeps the backlog to one rectangular series", () => {
    const rows = lines(dashboardCsv(dashboardFixture(), "backlog").csv);
    expect(rows[0]).toBe("period_start,period_end,open_at_end");
    expect(rows[6]).toBe("2026-11-23,2026-11-23,25");
  });

  it("quotes commas, doubles quotes and defuses formulas in user-written names", () => {
    const categories = lines(dashboardCsv(dashboardFixture(), "categories").csv);
    expect(categories[0]).toBe("category_id,category,created,resolved,resolution_p50_seconds,resolution_p50_hours");
    expect(categories[1]).toBe('7d1c8f1e-1111-4c4c-8c8c-000000000001,"Billing, invoices",50,45,7200,2');
    expect(categories[2]).toBe('7d1c8f1e-1111-4c4c-8c8c-000000000002,"\'=HYPERLINK(""http://evil"")",30,28,,');
    expect(categories[3]).toBe(",No category,40,37,90000,25");

    const { csv } = dashboardCsv(dashboardFixture(), "people");
    expect(csv).toContain('"Zoë ""Zed"" Łukasiewicz"');
    expect(csv).toContain("\"'-Dash\nNewline\"");
  });

  it("writes breakdowns and the forecast as their own tables", () => {
    expect(dashboardCsv(dashboardFixture(), "kinds").csv).toBe("kind,created\r\nINCIDENT,40\r\nREQUEST,60\r\nQUESTION,20\r\n");
    expect(lines(dashboardCsv(dashboardFixture(), "forecast").csv).slice(0, 3)).toEqual([
      "date,projected_backlog",
      "2026-11-23,26",
      "2026-11-30,29.5",
    ]);
  });

  it("writes incidents per severity, then all of them, with exact times in seconds and hours", () => {
    const rows = lines(dashboardCsv(dashboardFixture(), "incidents").csv);
    expect(rows[0]).toBe(
      "severity,declared,acknowledged,time_to_acknowledge_p50_seconds,time_to_acknowledge_p50_hours,time_to_acknowledge_p90_seconds," +
        "time_to_acknowledge_p90_hours,resolved,time_to_resolve_p50_seconds,time_to_resolve_p50_hours,time_to_resolve_p90_seconds," +
        "time_to_resolve_p90_hours,open_now",
    );
    expect(rows.slice(1, 6)).toEqual([
      "SEV1,1,1,300,0.08,300,0.08,1,7200,2,7200,2,1",
      "SEV2,3,3,1200,0.33,3060,0.85,2,18000,5,34200,9.5,1",
      "SEV3,2,1,600,0.17,600,0.17,0,,,,,0",
      "SEV4,0,0,,,,,0,,,,,0",
      "all,6,5,600,0.17,2280,0.63,3,18000,5,31680,8.8,2",
    ]);
  });

  it("writes only the header when a breakdown has no rows", () => {
    expect(dashboardCsv(emptyDashboardFixture(), "people").csv).toBe("assignee_id,agent,open,resolved,resolution_p50_seconds,resolution_p50_hours\r\n");
  });
});
