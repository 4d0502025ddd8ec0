import { ArrowDown, ArrowRight, ArrowUp, ChevronsUp } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";

const STATUS_TONES: Record<TicketStatus, BadgeTone> = {
  NEW: "blue",
  OPEN: "violet",
  IN_PROGRESS: "amber",
  WAITING_ON_CUSTOMER: "neutral",
  RESOLVED: "green",
  CLOSED: "neutral",
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

const PRIORITY_STYLES = {
  LOW: { icon: ArrowDown, className: "text-fg-muted" },
  MEDIUM: { icon: ArrowRight, className: "text-fg-muted" },
  HIGH: { icon: ArrowUp, className: "text-amber-700 dark:text-amber-300" },
  URGENT: { icon: ChevronsUp, className: "font-semibold text-red-700 dark:text-red-300" },
} as const;

export function TicketPriorityLabel({ priority }: { priority: TicketPriority }) {
  const { icon: Icon, className } = PRIORITY_STYLES[priority];
  return (
    <span className={`inline-flex items-center gap-1 text-sm whitespace-nowrap ${className}`}>
      <Icon aria-hidden className="size-3.5" />
      {PRIORITY_LABELS[priority]}
    </span>
  );
}

export function TicketKindBadge({ kind }: { kind: TicketKind }) {
  return <Badge tone={kind === "INCIDENT" ? "red" : "neutral"}>{KIND_LABELS[kind]}</Badge>;
}
