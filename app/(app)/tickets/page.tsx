import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { TicketList } from "@/components/tickets/ticket-list";
import { TicketSelection } from "@/components/tickets/ticket-selection";
import { buttonClasses } from "@/components/ui/button";
import { isStaff } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { listTicketsForActor } from "@/lib/tickets/queries";
import { ticketListParamsSchema } from "@/lib/tickets/schemas";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const params = ticketListParamsSchema.parse(await searchParams);
  const isStaffView = isStaff(actor.role);
  const [page, agents] = await Promise.all([
    listTicketsForActor(actor, params),
    isStaffView ? listAssignableAgents(actor) : [],
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{isStaffView ? "Tickets" : "My tickets"}</h1>
          <p className="mt-1 text-sm text-fg-muted">
            {isStaffView
              ? "Every ticket in the workspace, most recently updated first."
              : "The requests you have filed, most recently updated first."}
          </p>
        </div>
        <Link href="/tickets/new" className={buttonClasses("primary")}>
          <Plus aria-hidden className="size-4" /> New ticket
        </Link>
      </div>
      {isStaffView ? (
        <TicketSelection agents={agents} currentUserId={actor.userId}>
          <TicketList page={page} showPeople />
        </TicketSelection>
      ) : (
        <TicketList page={page} showPeople={false} />
      )}
    </div>
  );
}
