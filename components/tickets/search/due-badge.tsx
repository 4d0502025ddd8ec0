import { Badge } from "@/components/ui/badge";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { OPEN_STATUSES } from "@/lib/tickets/search/schemas";

const AT_RISK_MS = 3_600_000;

function minutesText(ms: number) {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes >= 60 ? "1 h" : `${minutes} min`;
}

/**
 * "Overdue" for an open ticket past its resolution due time, "Due in …" within the last hour;
 * nothing otherwise. A ticket waiting on the customer has its clock paused, so it is never flagged.
 */
export function DueBadge({ status, dueAt, now }: { status: TicketStatus; dueAt: Date | null; now: Date }) {
  const open: readonly TicketStatus[] = OPEN_STATUSES;
  if (!dueAt || !open.includes(status) || status === "WAITING_ON_CUSTOMER") return null;
  const remaining = dueAt.getTime() - now.getTime();
  if (remaining < 0) return <Badge tone="red">Overdue</Badge>;
  if (remaining <= AT_RISK_MS) return <Badge tone="amber">Due in {minutesText(remaining)}</Badge>;
  return null;
}
