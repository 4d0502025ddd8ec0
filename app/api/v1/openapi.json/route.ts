import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/v1/openapi";

// Built once per process: only the server address depends on the request.
let document: OpenApiDocument | undefined;

/** The API's OpenAPI document, public like the docs: it describes the API and holds no data. */
export function GET(request: Request) {
  document ??= buildOpenApiDocument({ serverUrl: "" });
  const served = { ...document, servers: [{ url: `${new URL(request.url).origin}/api/v1` }] };
  return Response.json(served, { headers: { "Cache-Control": "public, max-age=300" } });
}
