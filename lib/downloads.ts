import "server-only";

// The app's file downloads (ticket export, dashboard CSVs and report): one refusal shape and one
// set of headers, so none of them is cached or sniffed into something else.

export function downloadErrorResponse(status: 401 | 404, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
