import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { inviteMember } from "./mutations";

export const PASSWORD = "violet anchor moss kettle";
export const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.com`;

/** The raw tokens of the invitation emails sent to `email`, oldest first. */
export async function invitationTokensSentTo(email: string): Promise<string[]> {
  const messages = await db.emailMessage.findMany({ where: { to: email, template: "invitation" }, orderBy: { createdAt: "asc" } });
  return messages.map((message) => {
    const link = /https?:\/\/\S+\/accept-invite\?token=(\S+)/.exec(message.text);
    if (!link?.[1]) throw new Error("No invitation link in the email.");
    return decodeURIComponent(link[1]);
  });
}

/** The newest link emailed to `email`. */
export async function lastTokenSentTo(email: string): Promise<string> {
  const token = (await invitationTokensSentTo(email)).at(-1);
  if (!token) throw new Error(`No invitation was sent to ${email}.`);
  return token;
}

/** An admin of a new workspace ("Acme Support") who invites `email` (a new address unless given). */
export async function invite(options: { email?: string; role?: Role; admin?: Actor } = {}) {
  const workspace = options.admin
    ? await db.workspace.findUniqueOrThrow({ where: { id: options.admin.workspaceId } })
    : await createWorkspace({ name: "Acme Support" });
  const admin = options.admin ?? (await createUser({ role: "ADMIN", workspaceId: workspace.id, name: "Grace Admin" })).actor;
  const email = options.email ?? newEmail();
  const invitation = await inviteMember(admin, { name: "Ann Invitee", email, role: options.role ?? "AGENT" }, requestContext());
  return { admin, workspace, email, invitation, token: await lastTokenSentTo(email) };
}

export const acceptInput = (token: string, newPassword = PASSWORD) => ({ token, name: "Ann Accepted", newPassword, confirmPassword: newPassword });
