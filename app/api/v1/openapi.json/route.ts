import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

/** The API's OpenAPI document, public like the docs: it describes the API and holds no data. */
export function GET(request: Request) {
  const document = buildOpenApiDocument({ serverUrl: new URL(request.url).origin });
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
