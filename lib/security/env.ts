import { z } from "zod";

const positiveInteger = z.coerce.number().int().positive();

/**
 * A positive whole number from the environment, or `fallback` when unset. A set but invalid
 * value throws at first use: a typo in a security setting must not silently weaken it.
 */
export function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const parsed = positiveInteger.safeParse(raw);
  if (!parsed.success) throw new Error(`${name} must be a positive whole number; got "${raw}".`);
  return parsed.data;
}
