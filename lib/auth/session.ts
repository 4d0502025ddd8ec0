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
import { mustEnrolInTwoFactor } from "./roles";
import { hasOutlivedAbsoluteLifetime } from "./session-lifetime";

/** Where staff who must enrol in two-factor are sent; it and the pages under it stay open to them. */
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

/**
 * The actor for a session's claims, or null. The token is only a pointer: the membership and
 * account are re-read so that a disabled account, a changed role, a removed membership or a
 * bumped session version ends the session at once; so do signing out (even if a late response
 * brought the cookie back) and passing the absolute lifetime.
 */
export async function loadActor(claims: SessionClaims): Promise<Actor | null> {
  const { userId, workspaceId, sessionVersion, sessionId } = claims;
  if (!userId || !workspaceId || hasOutlivedAbsoluteLifetime(claims.signedInAt)) return null;
  // Both on every request: side by side, so the sign-out check adds no round trip.
  const [isEnded, membership] = await Promise.all([
    sessionId ? isSessionEnded(sessionId) : false,
    dbFor({ workspaceId, userId }).membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId } },
      select: {
        role: true,
        workspace: { select: { slug: true, requireStaffTwoFactor: true } },
        user: { select: { email: true, name: true, disabledAt: true, sessionVersion: true, twoFactorEnabledAt: true } },
      },
    }),
  ]);
  if (isEnded || !membership || membership.user.disabledAt) return null;
  if (membership.user.sessionVersion !== sessionVersion) return null;
  return {
    userId,
    workspaceId,
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

/** The current actor, or null when signed out; read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => loadActor(sessionClaims(await auth())));

function isEnrolmentPath(path: string | null): boolean {
  const pathname = path?.split(/[?#]/)[0];
  return pathname === TWO_FACTOR_ENROLMENT_PATH || Boolean(pathname?.startsWith(`${TWO_FACTOR_ENROLMENT_PATH}/`));
}

/**
 * The current actor; a signed-out visitor is sent to sign-in and brought back afterwards, and
 * staff who must enrol in two-factor are sent to the enrolment page from anywhere else.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  const path = (await headers()).get("x-triage-path");
  if (actor?.twoFactorEnrolmentRequired && !isEnrolmentPath(path)) redirect(TWO_FACTOR_ENROLMENT_PATH);
  if (actor) return actor;
  redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in");
}

/** The current actor if they hold `permission`; to anyone else the page does not exist (404). */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) notFound();
  return actor;
}
