import { renderToBuffer } from "@react-pdf/renderer";
import type { DashboardData } from "../types";
import { ReportDocument, type ReportMeta } from "./document";

/**
 * The dashboard as an A4 PDF report. Pure: the caller has already loaded data the actor may
 * see; only the built-in Helvetica is used, so rendering reads no fonts from disk or network.
 */
export async function renderDashboardPdf(data: DashboardData, meta: ReportMeta): Promise<Buffer> {
  return renderToBuffer(<ReportDocument data={data} meta={meta} />);
}
