import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from "../labels";
import { canActOnTicket } from "../policy";
import { csvLine } from "./csv";
import { findTicketIdPage, loadInOrder } from "./queries";
import { type TicketFilters, toQueryString } from "./schemas";

export const EXPORT_BATCH_SIZE = 1_000;

export const EXPORT_HEADER = [
  "number",
  "title",
  "status",
  "priority",
  "kind",
  "category",
  "requester",
  "requester email",
  "assignee",
  "created",
  "updated",
  "first response",
  "resolved",
  "due",
];

const exportSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  priority: true,
  kind: true,
  createdAt: true,
  updatedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  dueAt: true,
  category: { select: { name: true } },
  requester: { select: { name: true, email: true } },
  assignee: { select: { name: true } },
} satisfies Prisma.TicketSelect;

type ExportRow = Prisma.TicketGetPayload<{ select: typeof exportSelect }>;

const rowLine = (ticket: ExportRow) =>
  csvLine([
    ticket.number,
    ticket.title,
    STATUS_LABELS[ticket.status],
    PRIORITY_LABELS[ticket.priority],
    KIND_LABELS[ticket.kind],
    ticket.category?.name,
    ticket.requester.name,
    ticket.requester.email,
    ticket.assignee?.name,
    ticket.createdAt,
    ticket.updatedAt,
    ticket.firstResponseAt,
    ticket.resolvedAt,
    ticket.dueAt,
  ]);

type ExportOptions = { batchSize?: number; context?: RequestContext };
type Batch = { rows: ExportRow[]; nextCursor: string | null };

/**
 * The actor's filtered ticket list as a CSV stream, staff only (NotFoundError otherwise, before
 * anything is read). The first batch is read before the stream is returned, so a query that fails
 * does so while the route can still answer with an error status, rather than after a 200 and the
 * header. Each later pull reads the next keyset batch, so memory holds one batch whatever the row
 * count, and a client that stops reading stops the queries. The `ticket.exported` audit entry,
 * with the filters and the row count, is written after the last batch or when the reader gives up.
 */
export async function streamTicketsCsv(actor: Actor, filters: TicketFilters, { batchSize = EXPORT_BATCH_SIZE, context }: ExportOptions = {}) {
  if (!canActOnTicket(actor, "export")) throw new NotFoundError();
  const encoder = new TextEncoder();
  const query = { ...filters, cursor: undefined };
  let rowCount = 0;
  let isFirst = true;

  const readBatch = async (cursor: string | undefined): Promise<Batch> => {
    const page = await findTicketIdPage(actor, { ...query, cursor }, { pageSize: batchSize });
    return { rows: await loadInOrder(actor, page.ids, exportSelect), nextCursor: page.nextCursor };
  };

  // A download abandoned halfway has still disclosed what it sent, so it is audited too.
  const audit = (completed: boolean) =>
    transactionFor(actor, (tx) => recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "ticket.exported",
      targetType: "ticket",
      targetId: null,
      metadata: { filters: toQueryString(query, ["cursor"]), rowCount, ...(!completed && { completed }) },
      context,
    }));

  let cursor: string | undefined;
  let firstBatch: Batch | null = await readBatch(undefined);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (isFirst) {
        isFirst = false;
        controller.enqueue(encoder.encode(csvLine(EXPORT_HEADER)));
      }
      const { rows, nextCursor } = firstBatch ?? (await readBatch(cursor));
      firstBatch = null;
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(rowLine).join("")));
      rowCount += rows.length;
      if (nextCursor) {
        cursor = nextCursor;
        return;
      }
      await audit(true);
      controller.close();
    },
    cancel: () => audit(false),
  });
}
