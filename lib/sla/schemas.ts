import { z } from "zod";
import { TicketPriority } from "@/lib/generated/prisma/enums";
import { daySchema } from "@/lib/validation/dates";

/** A year: longer targets are almost certainly a typo (minutes entered as seconds, say). */
export const MAX_SLA_TARGET_MINUTES = 365 * 24 * 60;

const targetMinutesSchema = z
  .number({ error: "Enter a number of minutes." })
  .int("Enter a whole number of minutes.")
  .positive("A target must be at least one minute.")
  .max(MAX_SLA_TARGET_MINUTES, "A target can be at most one year.");

export const slaTargetSchema = z
  .object({
    firstResponseMinutes: targetMinutesSchema,
    resolutionMinutes: targetMinutesSchema,
  })
  .refine((target) => target.firstResponseMinutes <= target.resolutionMinutes, {
    message: "The first-response target cannot be longer than the resolution target.",
    path: ["firstResponseMinutes"],
  });
export type SlaTarget = z.infer<typeof slaTargetSchema>;

/** Per-priority targets, in business minutes (wall minutes when the workspace has no calendar). */
export const slaTargetsSchema = z.object({
  [TicketPriority.URGENT]: slaTargetSchema,
  [TicketPriority.HIGH]: slaTargetSchema,
  [TicketPriority.MEDIUM]: slaTargetSchema,
  [TicketPriority.LOW]: slaTargetSchema,
});
export type SlaTargets = z.infer<typeof slaTargetsSchema>;

/**
 * Defaults for a workspace that has not set its own targets. Resolution targets are the ones the
 * product promises; the first-response targets are our defaults, chosen as a quarter of them.
 */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  URGENT: { firstResponseMinutes: 60, resolutionMinutes: 4 * 60 },
  HIGH: { firstResponseMinutes: 2 * 60, resolutionMinutes: 8 * 60 },
  MEDIUM: { firstResponseMinutes: 8 * 60, resolutionMinutes: 24 * 60 },
  LOW: { firstResponseMinutes: 24 * 60, resolutionMinutes: 72 * 60 },
};

/** Whether the runtime's time-zone database knows this IANA name (e.g. "Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// "24:00" lets an interval run to midnight, which "23:59" would miss by a minute.
const END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes after local midnight of an "HH:MM" string that passed the schema. */
export function parseClockTime(time: string): number {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

const businessIntervalSchema = z
  .object({
    start: z.string().regex(START_TIME, "Use a 24-hour time such as 09:00."),
    end: z.string().regex(END_TIME, "Use a 24-hour time such as 17:30, or 24:00 for midnight."),
  })
  .refine((interval) => parseClockTime(interval.start) < parseClockTime(interval.end), {
    message: "Opening hours must end after they start.",
    path: ["end"],
  });
export type BusinessInterval = z.infer<typeof businessIntervalSchema>;

const dayHoursSchema = z
  .array(businessIntervalSchema)
  .max(12, "A day can have at most 12 opening intervals.")
  .refine(
    (intervals) => {
      const sorted = intervals.map((i) => [parseClockTime(i.start), parseClockTime(i.end)] as const);
      sorted.sort((a, b) => a[0] - b[0]);
      return sorted.every((current, index) => index === 0 || (sorted[index - 1]?.[1] ?? 0) <= current[0]);
    },
    { message: "Opening intervals on the same day must not overlap." },
  );

/**
 * Working hours in the workspace's own time zone. `weeklyHours[0]` is Sunday, as in
 * `Date.getDay()`; an empty day is closed. Holidays are local dates on which nothing counts.
 */
export const businessCalendarSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list, such as Europe/Berlin."),
  weeklyHours: z
    .array(dayHoursSchema)
    .length(7, "Give opening hours for each of the seven weekdays.")
    .refine((days) => days.some((day) => day.length > 0), "At least one weekday needs opening hours."),
  holidays: z
    .array(daySchema)
    .max(1000, "A calendar can hold at most 1,000 holidays."),
});
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

/** The workspace setting: a calendar, or null when the clock runs around the clock (24/7). */
export const slaCalendarSettingSchema = businessCalendarSchema.nullable();
export type SlaCalendarSetting = z.infer<typeof slaCalendarSettingSchema>;
