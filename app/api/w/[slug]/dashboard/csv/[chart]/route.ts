import { dashboardCsv } from "@/lib/dashboard/csv";
import { dashboardForExport } from "@/lib/dashboard/export";
import { downloadErrorResponse, downloadHeaders } from "@/lib/downloads";
import { DASHBOARD_CHART_KEYS, type DashboardChartKey } from "@/lib/dashboard/format";

export const dynamic = "force-dynamic";

const isChartKey = (value: string): value is DashboardChartKey => (DASHBOARD_CHART_KEYS as readonly string[]).includes(value);

/** One dashboard chart's numbers as CSV, for the dashboard's query parameters. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; chart: string }> }) {
  const { slug, chart } = await params;
  if (!isChartKey(chart)) return downloadErrorResponse(404, "NOT_FOUND", "Not found.");
  const exported = await dashboardForExport(request, slug, `csv:${chart}`);
  if (exported instanceof Response) return exported;
  const { filename, csv } = dashboardCsv(exported.result.data, chart);
  return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", filename) });
}
