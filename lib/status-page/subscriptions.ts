import "server-only";
import { randomUUID } from "node:crypto";
import { hashToken, newRawToken } from "@/lib/auth/tokens";
import { db, transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { assertCaptchaIfRequired, captchaRequiredForIp } from "@/lib/security/captcha";
import { enforceRateLimit, type RateLimitPolicy } from "@/lib/security/rate-limit";
import { EMAIL_SENDING_PER_ADDRESS_LIMIT, rateLimitKey } from "@/lib/security/rate-limit-policies";
import { INVALID_STATUS_LINK_MESSAGE, SUBSCRIBE_ANSWER, type StatusPageTokenInput, type SubscribeToStatusPageInput } from "./schemas";
import { statusPagePath, unsubscribePath, unsubscribeTokenHashFor } from "./tokens";

export const CONFIRMATION_LIFETIME_HOURS = 24;
/** Subscribing from one address, as the other public forms that send email (per 15 minutes). */
export const STATUS_SUBSCRIBE_IP_LIMIT: RateLimitPolicy = { limit: 5, windowSeconds: 15 * 60 };
const subscribeKey = (ip: string) => `status-subscribe:ip:${ip}`;

/** Runs work once the answer has gone out: Next's after() in a request; tests run it themselves. */
export type AfterAnswer = (work: () => Promise<void>) => void;

/** The workspace behind a public status page link; null unless its page is on and it is not being deleted. */
async function findPublicWorkspace(slug: string) {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, statusPageEnabled: true, deletionRequestedAt: true },
  });
  return workspace?.statusPageEnabled && !workspace.deletionRequestedAt ? workspace : null;
}

type PublicWorkspace = NonNullable<Awaited<ReturnType<typeof findPublicWorkspace>>>;

/** A new confirmation link for the address (a new subscriber, or one who never confirmed). */
async function sendConfirmation(tx: Prisma.TransactionClient, workspace: PublicWorkspace, email: string, now: Date) {
  const rawToken = newRawToken();
  const confirmation = {
    confirmationTokenHash: hashToken(rawToken),
    confirmationExpiresAt: new Date(now.getTime() + CONFIRMATION_LIFETIME_HOURS * 3_600_000),
  };
  const existing = await tx.statusPageSubscriber.findUnique({
    where: { workspaceId_email: { workspaceId: workspace.id, email } },
    select: { id: true, confirmedAt: true },
  });
  // Already subscribed: nothing to send, and the visitor was told the same as anyone.
  if (existing?.confirmedAt) return;
  const id = existing?.id ?? randomUUID();
  if (existing) {
    await tx.statusPageSubscriber.update({ where: { id }, data: confirmation });
  } else {
    await tx.statusPageSubscriber.create({
      data: { id, workspaceId: workspace.id, email, unsubscribeTokenHash: unsubscribeTokenHashFor(id), ...confirmation },
    });
  }
  await enqueueEmail(tx, {
    workspaceId: workspace.id,
    to: email,
    template: "status-page-confirm",
    data: {
      workspaceName: workspace.name,
      confirmPath: statusPagePath(workspace.slug, `/confirm?token=${encodeURIComponent(rawToken)}`),
      expiresInHours: CONFIRMATION_LIFETIME_HOURS,
      // A change of mind before confirming ends it too.
      unsubscribePath: unsubscribePath(workspace.slug, id),
    },
  });
}

async function subscribeIfPossible(input: SubscribeToStatusPageInput, now: Date) {
  try {
    const workspace = await findPublicWorkspace(input.slug);
    if (!workspace) return;
    await transactionFor({ workspaceId: workspace.id }, (tx) => sendConfirmation(tx, workspace, input.email, now));
  } catch (error) {
    console.error("Subscribing to a status page failed", error);
  }
}

/**
 * Asks for a confirmation email (double opt-in). Public: no actor. The answer is the same
 * whether the address is new, waiting for confirmation or already subscribed, and whether the
 * page exists; the throttles count every request, and the lookup and email happen after the
 * answer, so its timing tells nothing either (as requestPasswordReset).
 */
export async function subscribeToStatusPage(input: SubscribeToStatusPageInput, context: RequestContext, afterAnswer: AfterAnswer) {
  if (context.ip) await enforceRateLimit(subscribeKey(context.ip), STATUS_SUBSCRIBE_IP_LIMIT);
  await assertCaptchaIfRequired({ required: await captchaRequiredForIp(context.ip), payload: input.captcha, ip: context.ip });
  await enforceRateLimit(rateLimitKey.emailSendingTo(input.email), EMAIL_SENDING_PER_ADDRESS_LIMIT);
  const now = new Date();
  afterAnswer(() => subscribeIfPossible(input, now));
  return { message: SUBSCRIBE_ANSWER };
}

/**
 * Confirms a subscription with the emailed token, once, before it expires. Public: the token is
 * the proof. Unknown, spent or expired tokens are refused alike.
 */
export async function confirmStatusPageSubscription(input: StatusPageTokenInput, now = new Date()) {
  const workspace = await findPublicWorkspace(input.slug);
  if (!workspace) throw new DomainError("INVALID_TOKEN", INVALID_STATUS_LINK_MESSAGE);
  const { count } = await transactionFor({ workspaceId: workspace.id }, (tx) =>
    tx.statusPageSubscriber.updateMany({
      where: { workspaceId: workspace.id, confirmationTokenHash: hashToken(input.token), confirmationExpiresAt: { gt: now } },
      data: { confirmedAt: now, confirmationTokenHash: null, confirmationExpiresAt: null },
    }),
  );
  if (count === 0) throw new DomainError("INVALID_TOKEN", INVALID_STATUS_LINK_MESSAGE);
}

/**
 * Whether a confirmation link would still work, without spending it: mail scanners open links,
 * so only the button on the page confirms. Public: the token is the proof.
 */
export async function isConfirmationTokenUsable(input: StatusPageTokenInput, now = new Date()): Promise<boolean> {
  const workspace = await findPublicWorkspace(input.slug);
  if (!workspace) return false;
  const subscriber = await transactionFor({ workspaceId: workspace.id }, (tx) =>
    tx.statusPageSubscriber.findFirst({
      where: { workspaceId: workspace.id, confirmationTokenHash: hashToken(input.token), confirmationExpiresAt: { gt: now } },
      select: { id: true },
    }),
  );
  return subscriber !== null;
}

/**
 * Ends the subscription the token belongs to. Public: the token is the proof. It works after the
 * page was turned off, and answers the same for a token already used or unknown, so a second
 * click (or a guess) learns nothing.
 */
export async function unsubscribeFromStatusPage(input: StatusPageTokenInput): Promise<void> {
  const workspace = await db.workspace.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (!workspace) return;
  await transactionFor({ workspaceId: workspace.id }, (tx) =>
    tx.statusPageSubscriber.deleteMany({ where: { workspaceId: workspace.id, unsubscribeTokenHash: hashToken(input.token) } }),
  );
}
