// Next decodes each segment of a path to match its dynamic routes, and a malformed
// percent-encoding there (`/tickets/%E0%A4%A`) fails that step: the production server answered
// with a plain-text 500. The proxy refuses such an address before routing, as a 400.

const HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
const MESSAGE = "This address is not valid: it has a malformed percent-encoding.";

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The 400 for a malformed path: in the API's error shape under /api/, a short page elsewhere. */
export function malformedPathResponse(pathname: string): Response {
  if (pathname.startsWith("/api/")) {
    return Response.json({ code: "BAD_REQUEST", message: MESSAGE, traceId: crypto.randomUUID() }, { status: 400, headers: HEADERS });
  }
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad request · Triage</title></head><body><h1>Bad request</h1><p>${MESSAGE}</p><p><a href="/">Go to Triage</a></p></body></html>`;
  return new Response(page, {
    status: 400,
    headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" },
  });
}
