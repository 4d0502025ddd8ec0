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
