import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { categoryScope } from "./policy";
import {
  type ArchiveCategoryInput,
  type CreateCategoryInput,
  type DeleteCategoryInput,
  DUPLICATE_CATEGORY_NAME_MESSAGE,
  MAX_CATEGORIES,
  type RestoreCategoryInput,
  type UpdateCategoryInput,
} from "./schemas";

const NOT_FOUND_MESSAGE = "That category was not found.";

type Transaction = Prisma.TransactionClient;
type CategoryChange = { changed: boolean };

function assertCanManage(actor: Actor) {
  if (!can(actor, "categories.manage")) throw new NotFoundError(NOT_FOUND_MESSAGE);
}

/**
 * Locks the category, then loads it through the actor's scope. The lock makes an admin editing
 * it wait for another's edit, so audit "from" values are what was really replaced; it also
 * holds off tickets being filed under it while a delete counts them, as their foreign-key check
 * needs a share lock on this row. Locking another workspace's row reveals nothing: it is not loaded.
 */
async function lockCategory(tx: Transaction, actor: Actor, categoryId: string) {
  await tx.$executeRaw`SELECT 1 FROM categories WHERE id = ${categoryId}::uuid FOR UPDATE`;
  const category = await tx.category.findFirst({
    where: { AND: [categoryScope(actor), { id: categoryId }] },
    select: { id: true, name: true, description: true, archivedAt: true },
  });
  if (!category) throw new NotFoundError(NOT_FOUND_MESSAGE);
  return category;
}

function auditCategory(
  tx: Transaction,
  actor: Actor,
  entry: { action: string; categoryId: string; metadata: Prisma.InputJsonValue; context?: RequestContext },
) {
  return recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: entry.action,
    targetType: "category",
    targetId: entry.categoryId,
    metadata: entry.metadata,
    context: entry.context,
  });
}

/** The name is citext and unique per workspace, so the database decides what is a duplicate. */
async function rejectingDuplicateName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError("Please correct the highlighted fields.", { name: [DUPLICATE_CATEGORY_NAME_MESSAGE] });
    }
    throw error;
  }
}

/**
 * Creates an active category with a `category.created` entry. Admins only. The cap is checked
 * without a lock: two admins racing one category past it do no harm.
 */
export async function createCategory(actor: Actor, input: CreateCategoryInput, context?: RequestContext) {
  assertCanManage(actor);
  return rejectingDuplicateName(() =>
    transactionFor(actor, async (tx) => {
      if ((await tx.category.count({ where: categoryScope(actor) })) >= MAX_CATEGORIES) {
        throw new DomainError("TOO_MANY_CATEGORIES", `A workspace can have at most ${MAX_CATEGORIES} categories.`);
      }
      const category = await tx.category.create({
        data: { workspaceId: actor.workspaceId, name: input.name, description: input.description },
        select: { id: true, name: true },
      });
      await auditCategory(tx, actor, { action: "category.created", categoryId: category.id, metadata: { ...input }, context });
      return category;
    }),
  );
}

/**
 * Renames and re-describes a category, archived or not, with a `category.renamed` and/or a
 * `category.description_changed` entry (from → to). Saving it unchanged writes nothing.
 */
export async function updateCategory(actor: Actor, input: UpdateCategoryInput, context?: RequestContext): Promise<CategoryChange> {
  assertCanManage(actor);
  const { categoryId, name, description } = input;
  return rejectingDuplicateName(() =>
    transactionFor(actor, async (tx) => {
      const before = await lockCategory(tx, actor, categoryId);
      // A change of case alone is a rename: the name is shown as typed.
      const isRenamed = before.name !== name;
      const isDescribed = before.description !== description;
      if (!isRenamed && !isDescribed) return { changed: false };
      await tx.category.update({ where: { id: categoryId }, data: { name, description } });
      if (isRenamed) {
        const metadata = { from: before.name, to: name };
        await auditCategory(tx, actor, { action: "category.renamed", categoryId, metadata, context });
      }
      if (isDescribed) {
        const metadata = { name, from: before.description, to: description };
        await auditCategory(tx, actor, { action: "category.description_changed", categoryId, metadata, context });
      }
      return { changed: true };
    }),
  );
}

async function setArchived(actor: Actor, categoryId: string, isArchived: boolean, context?: RequestContext) {
  assertCanManage(actor);
  return transactionFor(actor, async (tx): Promise<CategoryChange> => {
    const category = await lockCategory(tx, actor, categoryId);
    if ((category.archivedAt !== null) === isArchived) return { changed: false };
    await tx.category.update({ where: { id: categoryId }, data: { archivedAt: isArchived ? new Date() : null } });
    const action = isArchived ? "category.archived" : "category.restored";
    await auditCategory(tx, actor, { action, categoryId, metadata: { name: category.name }, context });
    return { changed: true };
  });
}

/**
 * Archives a category with a `category.archived` entry: its tickets keep it, new tickets cannot
 * choose it. Archiving an archived category writes nothing.
 */
export function archiveCategory(actor: Actor, { categoryId }: ArchiveCategoryInput, context?: RequestContext) {
  return setArchived(actor, categoryId, true, context);
}

/** Makes an archived category selectable again, with a `category.restored` entry. */
export function restoreCategory(actor: Actor, { categoryId }: RestoreCategoryInput, context?: RequestContext) {
  return setArchived(actor, categoryId, false, context);
}

/**
 * Deletes a category no ticket uses, with a `category.deleted` entry. One with tickets is
 * refused: deleting it would silently strip their category, so the admin archives it instead.
 */
export async function deleteCategory(actor: Actor, { categoryId }: DeleteCategoryInput, context?: RequestContext) {
  assertCanManage(actor);
  return transactionFor(actor, async (tx) => {
    const category = await lockCategory(tx, actor, categoryId);
    const ticketCount = await tx.ticket.count({ where: { categoryId } });
    if (ticketCount > 0) {
      const tickets = ticketCount === 1 ? "1 ticket" : `${ticketCount} tickets`;
      throw new DomainError("CATEGORY_IN_USE", `${category.name} has ${tickets}, so it cannot be deleted. Archive it instead.`);
    }
    await tx.category.delete({ where: { id: categoryId } });
    await auditCategory(tx, actor, { action: "category.deleted", categoryId, metadata: { name: category.name }, context });
    return { id: categoryId, name: category.name };
  });
}
