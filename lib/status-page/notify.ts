import "server-only";
import { type AnyOutgoingEmail, enqueueEmails } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentSeverity, IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { PUBLIC_SEVERITY_LABELS, PUBLIC_STATUS_LABELS } from "./labels";
import { statusPagePath, unsubscribePath } from "./tokens";

// Subscribers are read and their emails written this many at a time, so a large list never
// holds them all in memory, nor builds one enormous statement.
const BATCH_SIZE = 500;

export type StatusPageUpdateEmail = {
  workspace: { id: string; slug: string };
  incident: { title: string; severity: IncidentSeverity };
  update: { visibility: IncidentUpdateVisibility; status: IncidentStatus; body: string };
};

/**
 * Queues one email per confirmed subscriber of the workspace's status page for a public update,
 * each with its own one-click unsubscribe link; nothing for an internal update or while the page
 * is off. Call it inside the transaction that posts the update (in the workspace's scope), so
 * the emails go out only if the update commits. Returns how many were queued.
 */
export async function enqueueStatusPageUpdateEmails(tx: Prisma.TransactionClient, { workspace, incident, update }: StatusPageUpdateEmail) {
  if (update.visibility !== "PUBLIC") return 0;
  const page = await tx.workspace.findUnique({ where: { id: workspace.id }, select: { statusPageEnabled: true, name: true } });
  if (!page?.statusPageEnabled) return 0;
  const data = {
    workspaceName: page.name,
    incidentTitle: incident.title,
    severityLabel: PUBLIC_SEVERITY_LABELS[incident.severity],
    statusLabel: PUBLIC_STATUS_LABELS[update.status],
    body: update.body,
    pagePath: statusPagePath(workspace.slug),
  };
  let queued = 0;
  let after: string | undefined;
  for (;;) {
    const subscribers = await tx.statusPageSubscriber.findMany({
      where: { workspaceId: workspace.id, confirmedAt: { not: null }, ...(after && { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      select: { id: true, email: true },
    });
    const emails: AnyOutgoingEmail[] = subscribers.map((subscriber) => ({
      workspaceId: workspace.id,
      to: subscriber.email,
      template: "status-page-update",
      data: { ...data, unsubscribePath: unsubscribePath(workspace.slug, subscriber.id) },
    }));
    queued += await enqueueEmails(tx, emails);
    if (subscribers.length < BATCH_SIZE) return queued;
    after = subscribers.at(-1)!.id;
  }
}
