import { z } from "zod";

// The range every calendar day and instant from outside must fall in. PostgreSQL has no year 0
// and a day near 9999-12-31 overflows once a range adds its closing day; nothing in a helpdesk
// predates 1970 either.
export const EARLIEST_DAY = "1970-01-01";
export const LATEST_DAY = "9999-12-30";

const EARLIEST_MS = Date.parse(`${EARLIEST_DAY}T00:00:00.000Z`);
const LATEST_MS = Date.parse(`${LATEST_DAY}T23:59:59.999Z`);

export const DAY_RANGE_MESSAGE = `Choose a date between ${EARLIEST_DAY} and ${LATEST_DAY}.`;

/** A calendar day as YYYY-MM-DD, a real one, within the range. */
export const daySchema = z.iso
  .date("Write a real date as YYYY-MM-DD.")
  .refine((day) => day >= EARLIEST_DAY && day <= LATEST_DAY, DAY_RANGE_MESSAGE);

/** Whether an instant lies within the range (an invalid Date does not). */
export const isInstantInRange = (instant: Date) => instant.getTime() >= EARLIEST_MS && instant.getTime() <= LATEST_MS;

/** An instant as an ISO 8601 UTC time (what `toISOString` writes), within the range. */
export const instantSchema = z.iso
  .datetime()
  .transform((value) => new Date(value))
  .refine(isInstantInRange, DAY_RANGE_MESSAGE);
