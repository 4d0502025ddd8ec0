import { describe, expect, it } from "vitest";
import { errorSchema } from "@/lib/api/v1/schemas";
import { GET } from "./route";

describe("GET /api/w/{slug}/dashboard/csv/{chart}", () => {
  it("refuses an unknown chart with a 404 in the API's error shape", async () => {
    const response = await GET(new Request("http://localhost/api/w/acme/dashboard/csv/nope"), { params: Promise.resolve({ slug: "acme", chart: "nope" }) });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(errorSchema.strict().parse(await response.json())).toMatchObject({ code: "NOT_FOUND", traceId: response.headers.get("x-trace-id") });
  });
});
