import "server-only";
import { randomUUID } from "node:crypto";
import { errorJsonResponse } from "@/lib/api/errors";

// The app's file downloads (ticket export, dashboard CSVs and report): refusals in the API's error
// shape and one set of headers, so none of them is cached or sniffed into something else.

export function downloadErrorResponse(status: 401 | 404, code: "UNAUTHENTICATED" | "NOT_FOUND", message: string): Response {
  return errorJsonResponse(status, { code, message, traceId: randomUUID() });
}

export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
