import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeclareIncidentForm } from "@/components/incidents/declare-incident-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getSeverityDescriptions } from "@/lib/incidents/queries";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { findTicketForActor } from "@/lib/tickets/queries";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "Declare incident" };

// `?ticket=12`: declared from that ticket, whose title and number the form starts with.
const declareParamsSchema = z.object({ ticket: ticketNumberParamSchema.optional() });

export default async function DeclareIncidentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "incidents.manage")) notFound();
  const { ticket: ticketNumber } = parseQueryLeniently(declareParamsSchema, await searchParams);
  const [severityDescriptions, agents, found] = await Promise.all([
    getSeverityDescriptions(actor),
    listAssignableAgents(actor),
    ticketNumber ? findTicketForActor(actor, ticketNumber) : null,
  ]);
  const ticket = found && "ticket" in found ? found.ticket : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Declare incident</h1>
        <p className="mt-1 text-sm text-fg-muted">
          {ticket
            ? `From ticket #${ticket.number}, which is linked to the incident. Link the other reports now or later.`
            : "One place to run the response: who leads it, what is being done and what was said."}
        </p>
      </div>
      <div className="rounded-lg border border-border bg-surface p-6">
        <DeclareIncidentForm
          severityDescriptions={severityDescriptions}
          agents={agents}
          currentUserId={actor.userId}
          defaults={{ title: ticket?.title ?? "", tickets: ticket ? String(ticket.number) : "" }}
        />
      </div>
    </div>
  );
}
