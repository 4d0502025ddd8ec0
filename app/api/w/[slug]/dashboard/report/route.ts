import { dashboardForExport } from "@/lib/dashboard/export";
import { renderDashboardPdf } from "@/lib/dashboard/pdf/render";
import { getReportMeta } from "@/lib/dashboard/report-meta";
import { downloadHeaders } from "@/lib/downloads";

export const dynamic = "force-dynamic";

/** The whole dashboard for the range as a PDF report, for the dashboard's query parameters. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const exported = await dashboardForExport(request, (await params).slug, "pdf");
  if (exported instanceof Response) return exported;
  const { actor, result } = exported;
  const { from, to, filters } = result.data.scope;
  const pdf = await renderDashboardPdf(result.data, await getReportMeta(actor.workspaceId, filters));
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders("application/pdf", `triage-report-${from}-to-${to}.pdf`) });
}
