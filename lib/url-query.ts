import { z } from "zod";
import { text } from "@/lib/validation/text";

type QueryValue = string | string[];
export type QueryRecord = Record<string, QueryValue>;

/**
 * Query parameters as Next hands a page its `searchParams`: one value as a string, a repeated
 * key as an array. Route handlers and saved queries use it, so one zod schema reads both.
 */
export function queryRecord(params: URLSearchParams): QueryRecord {
  const record: QueryRecord = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

const emptyAsUndefined = (raw: unknown) => (typeof raw === "string" && raw.trim() === "" ? undefined : raw);

/** One query parameter: blank is absent; anything else must pass `schema`. */
export const queryField = <S extends z.ZodType>(schema: S) => z.preprocess(emptyAsUndefined, schema.optional());

/** A text parameter, cleaned by the text boundary rule and trimmed; blank is absent. */
export const queryText = (max: number) =>
  queryField(text(z.string().trim().max(max, `Use at most ${max} characters.`).transform((value) => value || undefined)));

/** Which keys, and which items of repeated keys, the issues point at; null if one points at none. */
function invalidPlaces(issues: z.core.$ZodIssue[]): Map<string, Set<number> | "all"> | null {
  const places = new Map<string, Set<number> | "all">();
  for (const issue of issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path[0]];
    for (const key of keys) {
      if (typeof key !== "string") return null;
      const item = issue.path[1];
      const known = places.get(key);
      if (typeof item !== "number" || issue.code === "unrecognized_keys") places.set(key, "all");
      else if (known !== "all") places.set(key, (known ?? new Set<number>()).add(item));
    }
  }
  return places.size > 0 ? places : null;
}

/**
 * A page's query read leniently: a value that does not parse is dropped (one bad item of a
 * repeated key drops only that item), so a stale or hand-edited link shows the list without it
 * rather than an error. The API reads the same schema strictly and answers 422 instead.
 */
export function parseQueryLeniently<S extends z.ZodType>(schema: S, query: Record<string, unknown>): z.output<S> {
  let record: Record<string, unknown> = { ...query };
  for (;;) {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const places = invalidPlaces(result.error.issues);
    const next = { ...record };
    // An issue about a key that is not there (a missing required one) cannot be dropped.
    if (!places || ![...places.keys()].some((key) => key in next)) return schema.parse({});
    for (const [key, items] of places) {
      const value = next[key];
      const kept = items !== "all" && Array.isArray(value) ? value.filter((_, index) => !items.has(index)) : [];
      if (kept.length > 0) next[key] = kept;
      else delete next[key];
    }
    record = next;
  }
}
