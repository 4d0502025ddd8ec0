"use client";

import { Archive } from "lucide-react";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { Button } from "@/components/ui/button";
import { changeIncidentStatusAction } from "@/lib/incidents/actions";

/** Closes a resolved incident whose review is written or skipped, on the version shown. */
export function CloseIncidentButton({ incidentNumber, version }: { incidentNumber: number; version: number }) {
  const { isPending, run } = useTicketAction();
  return (
    <Button
      variant="secondary"
      isPending={isPending}
      onClick={() => run(() => changeIncidentStatusAction({ incidentNumber, version, status: "CLOSED" }), () => "Incident closed.")}
    >
      <Archive aria-hidden className="size-4" /> Close the incident
    </Button>
  );
}
