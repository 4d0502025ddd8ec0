import { z } from "zod";

/**
 * Query parameters as Next hands a page its `searchParams`: one value as a string, a repeated
 * key as an array. Route handlers and saved queries use it, so one zod schema reads both.
 */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

const emptyAsUndefined = (raw: unknown) => (typeof raw === "string" && raw.trim() === "" ? undefined : raw);

/**
 * One query parameter, read leniently: blank is absent, and so is anything `schema` rejects, so a
 * stale or hand-edited link shows the default view rather than an error.
 */
export const queryField = <S extends z.ZodType>(schema: S) => z.preprocess(emptyAsUndefined, schema.optional()).catch(undefined);
