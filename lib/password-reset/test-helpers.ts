import { db } from "@/lib/test/db";
import { TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { requestContext } from "@/lib/test/security-factories";
import type { RequestContext } from "@/lib/request-context";
import { requestPasswordReset } from "./mutations";
import type { RequestPasswordResetInput } from "./schemas";

export const NEW_PASSWORD = "violet anchor moss kettle";

/** The path of the reset link in an email's text, as a visitor would follow it. */
function resetPathIn(text: string): string {
  const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(text)?.[0];
  if (!link) throw new Error("No reset link in the email.");
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** The reset-link paths of every password-reset email sent to `email`, oldest first. */
export async function resetPathsSentTo(email: string): Promise<string[]> {
  const messages = await db.emailMessage.findMany({
    where: { to: email, template: "password-reset" },
    orderBy: { createdAt: "asc" },
    select: { text: true },
  });
  return messages.map((message) => resetPathIn(message.text));
}

export const tokenOf = (resetPath: string) => new URL(resetPath, "http://localhost").searchParams.get("token") ?? "";

/** Requests a reset as the action does, and waits for the work it leaves for after the answer. */
export async function requestPasswordResetAndSend(input: RequestPasswordResetInput, context: RequestContext) {
  const deferred: Promise<void>[] = [];
  const answer = await requestPasswordReset(input, context, (work) => void deferred.push(work()));
  await Promise.all(deferred);
  return answer;
}

/** Requests a reset for `email` from a fresh address and returns the raw token it mailed. */
export async function requestResetToken(email: string): Promise<string> {
  await requestPasswordResetAndSend({ email }, requestContext());
  const paths = await resetPathsSentTo(email);
  return tokenOf(paths[paths.length - 1] ?? "");
}

/** Moves a user's reset tokens to the past, as if the hour had gone by. */
export function ageResetTokens(userId: string, minutes = TOKEN_LIFETIME_MINUTES.PASSWORD_RESET + 1) {
  const past = new Date(Date.now() - minutes * 60_000);
  return db.authToken.updateMany({
    where: { userId, purpose: "PASSWORD_RESET" },
    data: { createdAt: past, expiresAt: new Date(past.getTime() + TOKEN_LIFETIME_MINUTES.PASSWORD_RESET * 60_000) },
  });
}

export const resetInput = (token: string, newPassword = NEW_PASSWORD) => ({
  token,
  newPassword,
  confirmPassword: newPassword,
});
