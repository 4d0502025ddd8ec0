import { describe, expect, it } from "vitest";
import { getStatusPage } from "./index";

describe("the status page for a slug from a URL", () => {
  it("is not found for a slug no workspace could have, NUL bytes included", async () => {
    for (const slug of ["Bad\u0000slug", "../admin", "", "x".repeat(65), "ACME"]) expect(await getStatusPage(slug)).toBeNull();
  });
});
