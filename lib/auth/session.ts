import "server-only";
import type { Session } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { dbFor } from "@/lib/db";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { type Permission, can } from "./permissions";
import { isSessionEnded } from "./ended-sessions";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";
import { couldBeWorkspaceSlug, splitWorkspacePath, workspacePath } from "@/lib/workspaces/paths";
import { mustEnrolInTwoFactor } from "./roles";
import { hasOutlivedAbsoluteLifetime } from "./session-lifetime";

/** Where in a workspace staff who must enrol in two-factor are sent; it and the pages under it stay open to them. */
export const TWO_FACTOR_ENROLMENT_PATH = "/account/two-factor";

/** What the session token says: who signed in, into which workspace, at which session version. */
export type SessionClaims = {
  userId?: string;
  workspaceId?: string;
  sessionVersion?: number;
  /** Epoch seconds of the sign-in. */
  signedInAt?: number;
  /** This sign-in's id; a token minted before sessions had ids has none. */
  sessionId?: string;
};

const membershipSelect = {
  role: true,
  workspace: { select: { id: true, slug: true, requireStaffTwoFactor: true, deletionRequestedAt: true } },
  user: { select: { email: true, name: true, disabledAt: true, sessionVersion: true, twoFactorEnabledAt: true } },
} as const;

/**
 * The membership a request acts through, read in the user's own scope (row-level security shows
 * them their memberships only): the workspace the URL names, else the one they signed in to, else
 * their first (the one they signed in to may have been left since).
 */
async function findActingMembership(userId: string, signedInWorkspaceId: string, workspaceSlug: string | null) {
  const client = dbFor({ userId });
  if (workspaceSlug) return client.membership.findFirst({ where: { userId, workspace: { slug: workspaceSlug } }, select: membershipSelect });
  const signedInTo = await client.membership.findFirst({
    where: { userId, workspaceId: signedInWorkspaceId, workspace: liveWorkspaceWhere },
    select: membershipSelect,
  });
  return signedInTo ?? client.membership.findFirst({ where: { userId, workspace: liveWorkspaceWhere }, orderBy: { createdAt: "asc" }, select: membershipSelect });
}

/**
 * The actor for a session's claims in the workspace `workspaceSlug` names (or the default one,
 * see findActingMembership), or null. The token is only a pointer: the membership and account
 * are re-read so that a disabled account, a changed role, a removed membership, a bumped
 * session version or a workspace being deleted ends the session at once; so do signing out (even
 * if a late response brought the cookie back) and passing the absolute lifetime.
 */
export async function loadActor(claims: SessionClaims, workspaceSlug: string | null = null): Promise<Actor | null> {
  const { userId, workspaceId, sessionVersion, sessionId } = claims;
  if (!userId || !workspaceId || hasOutlivedAbsoluteLifetime(claims.signedInAt)) return null;
  if (workspaceSlug !== null && !couldBeWorkspaceSlug(workspaceSlug)) return null;
  // Both on every request: side by side, so the sign-out check adds no round trip.
  const [isEnded, membership] = await Promise.all([
    sessionId ? isSessionEnded(sessionId) : false,
    findActingMembership(userId, workspaceId, workspaceSlug),
  ]);
  if (isEnded || !membership || membership.user.disabledAt || membership.workspace.deletionRequestedAt) return null;
  if (membership.user.sessionVersion !== sessionVersion) return null;
  return {
    userId,
    workspaceId: membership.workspace.id,
    workspaceSlug: membership.workspace.slug,
    role: membership.role,
    email: membership.user.email,
    name: membership.user.name,
    twoFactorEnrolmentRequired: mustEnrolInTwoFactor(
      { role: membership.role, twoFactorEnabledAt: membership.user.twoFactorEnabledAt },
      membership.workspace.requireStaffTwoFactor,
    ),
  };
}

/** What a session Auth.js decoded claims, for loadActor to check. */
export function sessionClaims(session: Session | null): SessionClaims {
  return {
    userId: session?.user?.id,
    workspaceId: session?.workspaceId,
    sessionVersion: session?.sessionVersion,
    signedInAt: session?.signedInAt,
    sessionId: session?.sessionId,
  };
}

/** The path of this request (pages, server actions and routes under /w), as the proxy saw it. */
async function requestPath(): Promise<string | null> {
  return (await headers()).get("x-triage-path");
}

/**
 * The current user acting in the workspace with `workspaceSlug` (null: the signed-in one), or
 * null when signed out or not a member there; read once per request.
 */
export const getActorIn = cache(async (workspaceSlug: string | null): Promise<Actor | null> => loadActor(sessionClaims(await auth()), workspaceSlug));

/**
 * The current actor in the workspace the page's URL names: pages and their server actions under
 * /w/<slug> act in that workspace (an action posts to its page's URL), anything else in the
 * signed-in one.
 */
export async function getActor(): Promise<Actor | null> {
  return getActorIn(splitWorkspacePath((await requestPath()) ?? "")?.slug ?? null);
}

function isEnrolmentPath(path: string | null): boolean {
  const pathname = splitWorkspacePath(path?.split(/[?#]/)[0] ?? "")?.path;
  return pathname === TWO_FACTOR_ENROLMENT_PATH || Boolean(pathname?.startsWith(`${TWO_FACTOR_ENROLMENT_PATH}/`));
}

/**
 * The current actor; a signed-out visitor is sent to sign-in and brought back afterwards, a
 * signed-in one who is not a member of the URL's workspace finds no such page (404), and staff
 * who must enrol in two-factor are sent to the enrolment page from anywhere else.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  const path = await requestPath();
  if (actor?.twoFactorEnrolmentRequired && !isEnrolmentPath(path)) redirect(workspacePath(actor.workspaceSlug, TWO_FACTOR_ENROLMENT_PATH));
  if (actor) return actor;
  if (await getActorIn(null)) notFound();
  redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in");
}

/** The current actor if they hold `permission`; to anyone else the page does not exist (404). */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) notFound();
  return actor;
}
