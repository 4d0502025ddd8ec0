import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { createEmailMessage } from "@/lib/test/email-factories";
import type { EmailToDeliver, EmailTransport } from "./transport";
import { deliverPendingEmails, startEmailWorker } from "./worker";

beforeEach(async () => {
  vi.stubEnv("RESEND_API_KEY", "");
  // Each case counts what happened to every due row of this file's database.
  await db.emailMessage.deleteMany();
});
afterEach(() => vi.unstubAllEnvs());

/** A transport that records what it sends and runs `onSend` first (e.g. to stop mid-batch). */
function recordingTransport(onSend: (sent: EmailToDeliver[]) => Promise<void> | void): EmailTransport & { sent: EmailToDeliver[] } {
  const sent: EmailToDeliver[] = [];
  return {
    name: "mailbox",
    sent,
    async send(email) {
      sent.push(email);
      await onSend(sent);
      return { providerMessageId: null };
    },
  };
}

async function expectReleasedExceptSent(ids: string[], sent: EmailToDeliver[]) {
  const rows = await db.emailMessage.findMany({ where: { id: { in: ids } } });
  const sentIds = new Set(sent.map((email) => email.id));
  for (const row of rows) {
    if (sentIds.has(row.id)) {
      expect(row.status).toBe("SENT");
    } else {
      // Due again now, not after the 10-minute lease, and no attempt counted.
      expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
      expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  }
}

describe("stopping the email worker", () => {
  it("releases the batch's unsent messages once the signal aborts mid-batch", async () => {
    const messages = await Promise.all(Array.from({ length: 4 }, () => createEmailMessage()));
    const controller = new AbortController();
    const transport = recordingTransport(() => controller.abort());
    const run = await deliverPendingEmails({ limit: 10, transport, signal: controller.signal });
    expect(run).toMatchObject({ claimed: 4, sent: 1 });
    expect(transport.sent).toHaveLength(1);
    await expectReleasedExceptSent(messages.map((m) => m.id), transport.sent);
  });

  it("finishes the message in flight, then releases the rest before stop() resolves", async () => {
    const messages = await Promise.all(Array.from({ length: 3 }, () => createEmailMessage()));
    let finishSend = () => {};
    let markSending = () => {};
    const sending = new Promise<void>((resolve) => (markSending = resolve));
    const transport = recordingTransport(() => {
      markSending();
      return new Promise<void>((resolve) => (finishSend = resolve));
    });
    const stopWorker = startEmailWorker({ intervalMs: 50, transport });
    await sending;
    const stopped = stopWorker();
    finishSend();
    await stopped;
    expect(transport.sent).toHaveLength(1);
    await expectReleasedExceptSent(messages.map((m) => m.id), transport.sent);
  });
});
