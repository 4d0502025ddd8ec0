import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseQueryLeniently, queryField, queryText } from "./url-query";

const schema = z.object({
  view: queryField(z.enum(["open", "all"])),
  status: queryField(z.preprocess((raw) => (Array.isArray(raw) ? raw : [raw]), z.array(z.enum(["NEW", "OPEN"])))),
  q: queryText(10),
});

describe("query parameters", () => {
  it("are strict by themselves: an invalid value is an issue on its key", () => {
    const result = schema.safeParse({ view: "nope", status: ["NEW", "NOPE"] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["view"], ["status", 1]]);
    expect(schema.parse({ view: " ", q: "\u0000 " })).toEqual({ view: undefined, status: undefined, q: undefined });
  });

  it("are read leniently for pages: a bad value is dropped, and a bad item of a repeated key only that item", () => {
    expect(parseQueryLeniently(schema, { view: "nope", status: ["NEW", "NOPE", "OPEN"], q: "printer" })).toEqual({
      view: undefined,
      status: ["NEW", "OPEN"],
      q: "printer",
    });
    expect(parseQueryLeniently(schema, { status: "NOPE", q: "x".repeat(11) })).toEqual({ view: undefined, status: undefined, q: undefined });
    expect(parseQueryLeniently(schema, { view: ["open", "all"], status: ["NOPE", "NOPE"] })).toEqual({ view: undefined, status: undefined, q: undefined });
  });

  it("drop unknown keys of a strict schema when read leniently", () => {
    expect(parseQueryLeniently(z.strictObject(schema.shape), { view: "open", stray: "1" })).toMatchObject({ view: "open" });
  });
});
