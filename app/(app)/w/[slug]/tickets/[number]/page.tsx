import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { TicketIncidents } from "@/components/incidents/ticket-incidents";
import { Markdown } from "@/components/markdown/markdown";
import { ReplyForm } from "@/components/tickets/reply-form";
import { TicketShortcuts } from "@/components/shortcuts/ticket-shortcuts";
import { MergeTicketForm } from "@/components/tickets/merge-ticket-form";
import { TicketControls } from "@/components/tickets/ticket-controls";
import { TicketFields } from "@/components/tickets/ticket-fields";
import { TicketBodySkeleton } from "@/components/tickets/ticket-body-skeleton";
import { TicketHeader } from "@/components/tickets/ticket-header";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSelectableCategories } from "@/lib/categories/queries";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { canActOnTicket } from "@/lib/tickets/policy";
import { findRequesterReopenDeadline } from "@/lib/tickets/workflow-deadline";
import { findTicketForActor, listTimeline } from "@/lib/tickets/queries";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";
import { workspacePath } from "@/lib/workspaces/paths";

type Props = { params: Promise<{ number: string }> };

/** The visible ticket for the URL; a malformed number or an invisible ticket is a 404. */
async function loadTicket(actor: Actor, params: Props["params"]) {
  const number = ticketNumberParamSchema.safeParse((await params).number);
  if (!number.success) notFound();
  const found = await findTicketForActor(actor, number.data);
  if (!found) notFound();
  if ("redirectTo" in found) redirect(workspacePath(actor.workspaceSlug, `/tickets/${found.redirectTo}`));
  return found.ticket;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ticket = await loadTicket(await requireActor(), params);
  return { title: `#${ticket.number} ${ticket.title}` };
}

// No loading.tsx here or above: the lookup resolves before anything streams, so a ticket that is
// missing or not the actor's is a real HTTP 404 (the same page either way); only what follows
// the lookup streams behind a skeleton.
export default async function TicketPage({ params }: Props) {
  const actor = await requireActor();
  const ticket = await loadTicket(actor, params);
  const now = new Date();
  return (
    <div className="space-y-6">
      <TicketHeader ticket={ticket} now={now} />
      <Suspense fallback={<TicketBodySkeleton />}>
        <TicketBody actor={actor} ticket={ticket} now={now} />
      </Suspense>
    </div>
  );
}

type Ticket = Awaited<ReturnType<typeof loadTicket>>;

async function TicketBody({ actor, ticket, now }: { actor: Actor; ticket: Ticket; now: Date }) {
  const canManage = canActOnTicket(actor, "change_status", ticket);
  const [timeline, agents, categories, reopenDeadline] = await Promise.all([
    listTimeline(actor, ticket.id),
    canManage ? listAssignableAgents(actor) : [],
    canManage ? listSelectableCategories(actor) : [],
    findRequesterReopenDeadline(actor, ticket, now),
  ]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        <section aria-labelledby="description-heading" className="rounded-lg border border-border bg-surface p-4">
          <h2 id="description-heading" className="mb-2 text-sm font-medium text-fg-muted">
            Description
          </h2>
          <Markdown>{ticket.description}</Markdown>
        </section>
        <section aria-labelledby="activity-heading" className="space-y-3">
          <h2 id="activity-heading" className="text-base font-semibold">
            Activity
          </h2>
          <TicketTimeline timeline={timeline} now={now} />
        </section>
        {canActOnTicket(actor, "reply", ticket) && (
          <section aria-labelledby="reply-heading" className="space-y-3">
            <h2 id="reply-heading" className="text-base font-semibold">
              Reply
            </h2>
            <ReplyForm ticketNumber={ticket.number} canAddInternalNote={canActOnTicket(actor, "internal_note", ticket)} />
          </section>
        )}
      </div>
      <aside id="ticket-controls" aria-label="Ticket details" className="space-y-4">
        <TicketControls
          ticket={{ ...ticket, categoryId: ticket.category?.id ?? null, assigneeId: ticket.assignee?.id ?? null }}
          canManage={canManage}
          isRequester={ticket.requesterId === actor.userId}
          categories={categories}
          agents={agents}
          currentUserId={actor.userId}
          reopenDeadline={reopenDeadline}
        />
        <TicketFields ticket={ticket} now={now} hasControls={canManage} />
        {can(actor, "incidents.read") && <TicketIncidents actor={actor} ticketNumber={ticket.number} />}
        {canActOnTicket(actor, "merge", ticket) && <MergeTicketForm ticket={ticket} />}
      </aside>
      <TicketShortcuts canManage={canManage} />
    </div>
  );
}
