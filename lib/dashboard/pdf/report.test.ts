import { describe, expect, it } from "vitest";
import { dashboardFixture, emptyDashboardFixture } from "./fixture";
import { renderDashboardPdf } from "./render";

const meta = { workspaceName: "Acme Support", filtersText: "All tickets" };

// Page objects sit uncompressed in the file (only content streams are deflated); "/Type /Pages"
// is the page tree, not a page.
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString("latin1") === "%PDF-";

describe("dashboard PDF report", () => {
  it("renders the whole dashboard, its three groups of sections flowing over several pages", async () => {
    const pdf = await renderDashboardPdf(dashboardFixture(), meta);
    expect(isPdf(pdf)).toBe(true);
    expect(pdf.length).toBeGreaterThan(8_000);
    expect(pageCount(pdf)).toBeGreaterThan(3);
  });

  it("renders a range without tickets as one page per group of sections", async () => {
    const pdf = await renderDashboardPdf(emptyDashboardFixture(), meta);
    expect(isPdf(pdf)).toBe(true);
    expect(pageCount(pdf)).toBe(3);
  });
});
