import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db";

export type EmailToDeliver = { id: string; to: string; subject: string; text: string; html: string };

/** What the provider calls the message (null for the development mailbox). */
export type DeliveryReceipt = { providerMessageId: string | null };

export type EmailTransport = {
  name: "resend" | "mailbox";
  send(email: EmailToDeliver): Promise<DeliveryReceipt>;
};

const DEFAULT_FROM = "Triage <triage@localhost>";
// A provider that hangs must not hold a claimed message past its lease (see worker.ts).
const SEND_TIMEOUT_MS = 30_000;

/** Whether emails stay in the development mailbox instead of going out through Resend. */
export function isMailboxTransport(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.RESEND_API_KEY;
}

/** One key per outbox message: however often it is sent, the provider delivers it once. */
const idempotencyKeyOf = (email: EmailToDeliver) => `email-message/${email.id}`;

function resendTransport(apiKey: string, env: NodeJS.ProcessEnv): EmailTransport {
  // The SDK reads RESEND_BASE_URL too, but only when constructed; passing it keeps tests that
  // change the environment between runs honest.
  const resend = new Resend(apiKey, { baseUrl: env.RESEND_BASE_URL || undefined });
  const from = env.EMAIL_FROM || DEFAULT_FROM;
  return {
    name: "resend",
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from, to: email.to, subject: email.subject, text: email.text, html: email.html },
        // Resend drops a repeated key for 24 h: a retry after a lost response does not send twice.
        { idempotencyKey: idempotencyKeyOf(email), signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
      );
      if (error) throw new Error(`Resend: ${error.name}: ${error.message}`);
      return { providerMessageId: data.id };
    },
  };
}

/** Whether the key is new; remembers it and forgets keys older than a day, as Resend does. */
async function isFirstDelivery(idempotencyKey: string): Promise<boolean> {
  const [, inserted] = await db.$transaction([
    db.$executeRaw`DELETE FROM mailbox_deliveries WHERE delivered_at < now() - interval '1 day'`,
    db.$executeRaw`INSERT INTO mailbox_deliveries (idempotency_key) VALUES (${idempotencyKey}) ON CONFLICT DO NOTHING`,
  ]);
  return inserted === 1;
}

const mailboxTransport: EmailTransport = {
  name: "mailbox",
  async send(email) {
    if (!(await isFirstDelivery(idempotencyKeyOf(email)))) return { providerMessageId: null };
    console.info(
      [`\n── Email (development mailbox: Admin → Mailbox) ──`, `To:      ${email.to}`, `Subject: ${email.subject}`, "", email.text, "──"].join("\n"),
    );
    return { providerMessageId: null };
  },
};

/** Resend when RESEND_API_KEY is set, otherwise the development mailbox. Read at each call. */
export function createEmailTransport(env: NodeJS.ProcessEnv = process.env): EmailTransport {
  const apiKey = env.RESEND_API_KEY;
  return apiKey ? resendTransport(apiKey, env) : mailboxTransport;
}
