import { z } from "zod";
import { TicketPriority } from "@/lib/generated/prisma/enums";
import {
  type BusinessCalendar,
  businessCalendarSchema,
  DEFAULT_SLA_TARGETS,
  type SlaTargets,
  slaTargetsSchema,
} from "@/lib/sla/schemas";

export const PRIORITIES_BY_URGENCY = [TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.MEDIUM, TicketPriority.LOW];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const hoursSchema = z.number({ error: "Enter a number of hours." }).positive("Enter at least a minute (0.02 h).");
const targetHoursSchema = z.object({ firstResponseHours: hoursSchema, resolutionHours: hoursSchema });

/**
 * The SLA settings as the admin form edits them: targets in hours, the calendar as one opening
 * interval per weekday and holidays as lines of text. They are converted to the stored shape
 * (lib/sla/schemas.ts) and checked there, so the engine's rules are the only rules.
 */
export const slaSettingsSchema = z
  .object({
    targets: z.object({
      URGENT: targetHoursSchema,
      HIGH: targetHoursSchema,
      MEDIUM: targetHoursSchema,
      LOW: targetHoursSchema,
    }),
    clientReopenDays: z
      .number({ error: "Enter a number of days." })
      .int("Enter whole days.")
      .min(0, "Enter 0 or more days.")
      .max(365, "At most 365 days."),
    usesBusinessHours: z.boolean(),
    timeZone: z.string().max(100),
    days: z.array(z.object({ isOpen: z.boolean(), start: z.string().max(5), end: z.string().max(5) })).length(7),
    holidays: z.string().max(20_000),
  })
  .superRefine((input, context) => {
    const targets = slaTargetsSchema.safeParse(toStoredTargets(input.targets));
    for (const issue of targets.success ? [] : targets.error.issues) {
      const [priority, field] = issue.path;
      const formField = field === "resolutionMinutes" ? "resolutionHours" : "firstResponseHours";
      context.addIssue({ code: "custom", message: issue.message.replace("minutes", "hours"), path: ["targets", String(priority), formField] });
    }
    if (!input.usesBusinessHours) return;
    const calendar = businessCalendarSchema.safeParse(toStoredCalendar(input));
    for (const issue of calendar.success ? [] : calendar.error.issues) {
      const [field, day] = issue.path;
      if (field === "weeklyHours" && typeof day === "number") context.addIssue({ code: "custom", message: issue.message, path: ["days", day, "end"] });
      else if (field === "weeklyHours") context.addIssue({ code: "custom", message: issue.message, path: ["days"] });
      else context.addIssue({ code: "custom", message: issue.message, path: [field === "timeZone" ? "timeZone" : "holidays"] });
    }
  });
export type SlaSettingsInput = z.infer<typeof slaSettingsSchema>;

function toStoredTargets(targets: SlaSettingsInput["targets"]): SlaTargets {
  const minutes = (hours: number) => Math.round(hours * 60);
  return Object.fromEntries(
    PRIORITIES_BY_URGENCY.map((priority) => [
      priority,
      { firstResponseMinutes: minutes(targets[priority].firstResponseHours), resolutionMinutes: minutes(targets[priority].resolutionHours) },
    ]),
  ) as SlaTargets;
}

function toStoredCalendar(input: SlaSettingsInput): BusinessCalendar {
  return {
    timeZone: input.timeZone,
    weeklyHours: input.days.map((day) => (day.isOpen ? [{ start: day.start, end: day.end }] : [])),
    holidays: input.holidays.split(/\s+/).filter(Boolean),
  };
}

/** What the workspace row stores for valid form input. */
export function toStoredSlaSettings(input: SlaSettingsInput) {
  return {
    slaTargets: toStoredTargets(input.targets),
    businessCalendar: input.usesBusinessHours ? toStoredCalendar(input) : null,
    clientReopenDays: input.clientReopenDays,
  };
}

const OFFICE_DAY = { isOpen: true, start: "09:00", end: "17:00" };
const CLOSED_DAY = { isOpen: false, start: "09:00", end: "17:00" };

/** The form's values for what the workspace stores (defaults where it stores nothing). */
export function toSlaSettingsForm(stored: {
  slaTargets: SlaTargets | null;
  businessCalendar: BusinessCalendar | null;
  clientReopenDays: number;
}): SlaSettingsInput {
  const targets = stored.slaTargets ?? DEFAULT_SLA_TARGETS;
  const calendar = stored.businessCalendar;
  return {
    targets: Object.fromEntries(
      PRIORITIES_BY_URGENCY.map((priority) => [
        priority,
        { firstResponseHours: targets[priority].firstResponseMinutes / 60, resolutionHours: targets[priority].resolutionMinutes / 60 },
      ]),
    ) as SlaSettingsInput["targets"],
    clientReopenDays: stored.clientReopenDays,
    usesBusinessHours: calendar !== null,
    timeZone: calendar?.timeZone ?? "UTC",
    // The form edits one interval a day; a calendar with more keeps its first.
    days: calendar
      ? calendar.weeklyHours.map((intervals) => (intervals[0] ? { isOpen: true, ...intervals[0] } : CLOSED_DAY))
      : WEEKDAY_NAMES.map((_, day) => (day === 0 || day === 6 ? CLOSED_DAY : OFFICE_DAY)),
    holidays: calendar?.holidays.join("\n") ?? "",
  };
}
