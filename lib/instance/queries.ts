import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { InstanceStanding } from "./policy";
import type { UpdateInstanceSettingsInput } from "./schemas";

/** Where the one row of instance_settings is. */
export const INSTANCE_SETTINGS_ROW = { id: true } as const;

// The migration inserts the row and nothing deletes it; were it missing, the strictest settings apply.
const CLOSED_SETTINGS: UpdateInstanceSettingsInput = { workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: null };

/**
 * The instance settings. Public: no actor (signed-out registration reads where it lands); pass a
 * transaction to read them inside one.
 */
export async function readInstanceSettings(client: PrismaClient | Prisma.TransactionClient = db): Promise<UpdateInstanceSettingsInput> {
  const settings = await client.instanceSettings.findUnique({
    where: INSTANCE_SETTINGS_ROW,
    select: { workspaceCreation: true, registrationWorkspaceId: true },
  });
  return settings ?? CLOSED_SETTINGS;
}

/** Whether the actor runs the instance, from the account as it is now (a session may be older). */
export async function isInstanceOperator(actor: Actor): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { isInstanceOperator: true } });
  return user?.isInstanceOperator ?? false;
}

/** The actor's live standing in the instance: operator or not, email verified or not, and the rule for new workspaces. */
export async function getInstanceStanding(actor: Actor): Promise<InstanceStanding> {
  const [user, settings] = await Promise.all([
    db.user.findUnique({ where: { id: actor.userId }, select: { isInstanceOperator: true, emailVerifiedAt: true } }),
    readInstanceSettings(),
  ]);
  return {
    isInstanceOperator: user?.isInstanceOperator ?? false,
    isEmailVerified: Boolean(user?.emailVerifiedAt),
    workspaceCreation: settings.workspaceCreation,
  };
}

/** Throws "not found" unless the actor is an instance operator now: to anyone else the instance settings do not exist. */
async function assertInstanceOperator(actor: Actor): Promise<void> {
  if (!(await isInstanceOperator(actor))) throw new NotFoundError();
}

// A select, not a paged list: enough for any installation a person would pick from by eye.
const MAX_WORKSPACE_CHOICES = 1_000;

export type WorkspaceChoice = { id: string; name: string; slug: string };

/**
 * The instance settings as the operator's form edits them, with every workspace registration
 * may land in (the current one always among them). Instance operators only; others get "not found".
 */
export async function getInstanceSettingsForm(actor: Actor) {
  await assertInstanceOperator(actor);
  const choice = { id: true, name: true, slug: true } as const;
  const [settings, workspaces] = await Promise.all([
    db.instanceSettings.findUnique({
      where: INSTANCE_SETTINGS_ROW,
      select: { workspaceCreation: true, registrationWorkspaceId: true, registrationWorkspace: { select: choice } },
    }),
    db.workspace.findMany({ select: choice, orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_WORKSPACE_CHOICES }),
  ]);
  const current = settings?.registrationWorkspace;
  const choices: WorkspaceChoice[] = current && !workspaces.some((workspace) => workspace.id === current.id) ? [current, ...workspaces] : workspaces;
  return {
    settings: settings ? { workspaceCreation: settings.workspaceCreation, registrationWorkspaceId: settings.registrationWorkspaceId } : CLOSED_SETTINGS,
    workspaces: choices,
  };
}
