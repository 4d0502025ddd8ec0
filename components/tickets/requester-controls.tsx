"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { closeOwnTicketAction, reopenOwnTicketAction } from "@/lib/tickets/change-actions";
import type { TicketControlsProps } from "./ticket-controls";
import { useTicketAction } from "./use-ticket-action";

const deadlineFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const REQUESTER_STEPS = {
  close: {
    button: "Close ticket",
    question: "Close this ticket? It cannot be reopened afterwards.",
    confirm: "Yes, close it",
    group: "Confirm closing the ticket",
    action: closeOwnTicketAction,
    success: (number: number) => `Ticket #${number} closed.`,
  },
  reopen: {
    button: "Reopen",
    question: "Reopen this ticket? The team will pick it up again.",
    confirm: "Yes, reopen it",
    group: "Confirm reopening the ticket",
    action: reopenOwnTicketAction,
    success: (number: number) => `Ticket #${number} reopened.`,
  },
} as const;

export function RequesterControls({ ticket, reopenDeadline }: TicketControlsProps) {
  const { isPending, run } = useTicketAction();
  const [confirming, setConfirming] = useState<keyof typeof REQUESTER_STEPS | null>(null);
  // The page passes a deadline only while the window is open; the server checks again anyway.
  const canReopen = ticket.status === "RESOLVED" && reopenDeadline !== null;
  const canClose = ticket.status !== "CLOSED";

  if (confirming) {
    const step = REQUESTER_STEPS[confirming];
    const confirm = () =>
      run(() => step.action({ ticketNumber: ticket.number, version: ticket.version }), () => step.success(ticket.number), () =>
        setConfirming(null),
      );
    return (
      <div role="group" aria-label={step.group} className="flex flex-wrap items-center gap-2">
        <p className="text-sm">{step.question}</p>
        <Button variant={confirming === "close" ? "danger" : "primary"} isPending={isPending} onClick={confirm}>
          {step.confirm}
        </Button>
        <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(null)}>
          Cancel
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canReopen && (
        <Button variant="secondary" onClick={() => setConfirming("reopen")}>
          {REQUESTER_STEPS.reopen.button}
        </Button>
      )}
      {canClose && (
        <Button variant="secondary" onClick={() => setConfirming("close")}>
          {REQUESTER_STEPS.close.button}
        </Button>
      )}
      {canReopen && reopenDeadline && (
        <p className="text-xs text-fg-muted">You can reopen it until {deadlineFormat.format(reopenDeadline)} UTC.</p>
      )}
    </div>
  );
}
