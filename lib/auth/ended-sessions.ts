import "server-only";
import { db } from "@/lib/db";
import { SESSION_ABSOLUTE_SECONDS } from "./session-lifetime";

/** Whether the session with this id was signed out. */
export async function isSessionEnded(sessionId: string): Promise<boolean> {
  const ended = await db.endedSession.findUnique({ where: { sessionId }, select: { sessionId: true } });
  return ended !== null;
}

/**
 * Lists a signed-out session so its cookie stays dead even if a response already on its way
 * (a prefetch, a parallel navigation) renews it after the sign-out cleared it. Rows for sessions
 * past their absolute lifetime are useless and go at the same time.
 */
export async function endSession({ sessionId, userId, signedInAt }: { sessionId: string; userId: string; signedInAt: number }) {
  const expiresAt = new Date((signedInAt + SESSION_ABSOLUTE_SECONDS) * 1000);
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({ where: { sessionId }, create: { sessionId, userId, expiresAt }, update: {} }),
  ]);
}
