import { randomUUID } from "node:crypto";
import { db } from "@/lib/test/db";
import { createWorkspace } from "@/lib/test/factories";
import { setInstanceSettings } from "@/lib/test/instance-factories";
import { type RegisterInput, registerSchema } from "./schemas";

export const STRONG_PASSWORD = "violet anchor moss kettle";

/** A form submission as the action parses it, with a fresh email unless one is given. */
export function registration(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return registerSchema.parse({
    name: "Ann Example",
    email: `new-${randomUUID().slice(0, 8)}@example.com`,
    password: STRONG_PASSWORD,
    ...overrides,
  });
}

/** A distinct client address per call, so tests never share a rate-limit counter. */
let lastOctet = 0;
export const testContext = () => ({ ip: `198.51.100.${++lastOctet}`, userAgent: "vitest" });

/** A workspace that the instance settings name as where registration lands. */
export async function createRegistrationWorkspace() {
  const workspace = await createWorkspace({ name: "Acme Support" });
  await setInstanceSettings({ registrationWorkspace: { connect: { id: workspace.id } } });
  return workspace;
}

const tokenInLink = (text: string) => {
  const link = /https?:\/\/\S+\/verify-email\?token=\S+/.exec(text)?.[0];
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error("No verification link in the email.");
  return token;
};

/** The raw tokens of every verification email sent to `email`, oldest first. */
export async function verificationTokensSentTo(email: string): Promise<string[]> {
  const messages = await db.emailMessage.findMany({
    where: { to: email, template: "verify-email" },
    orderBy: { createdAt: "asc" },
    select: { text: true },
  });
  return messages.map((message) => tokenInLink(message.text));
}

/** The raw token of the one verification email sent to `email`. */
export async function verificationTokenSentTo(email: string): Promise<string> {
  const tokens = await verificationTokensSentTo(email);
  if (tokens.length !== 1) throw new Error(`Expected one verification email to ${email}, found ${tokens.length}.`);
  return tokens[0]!;
}
