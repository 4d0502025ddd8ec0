import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { errorSchema } from "@/lib/api/v1/schemas";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";

describe("malformed paths", () => {
  it("tells a malformed percent-encoding from a well-formed one", () => {
    for (const path of ["/tickets/%E0%A4%A", "/tickets/%", "/%ZZ", "/api/v1/tickets/%E0%A4", "/a/%C0%AF"]) expect(isMalformedPath(path), path).toBe(true);
    for (const path of ["/tickets/42", "/tickets/%E0%A4%A4", "/search/caf%C3%A9", "/tickets/%25"]) expect(isMalformedPath(path), path).toBe(false);
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => !isMalformedPath(`/tickets/${encodeURIComponent(text.toWellFormed())}`)));
  });

  it("answers 400: in the API's error shape under /api/, as a short page elsewhere", async () => {
    const api = malformedPathResponse("/api/v1/tickets/%E0%A4%A");
    expect(api.status).toBe(400);
    expect(errorSchema.safeParse(await api.json()).success).toBe(true);
    const page = malformedPathResponse("/tickets/%E0%A4%A");
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("Bad request");
  });
});
