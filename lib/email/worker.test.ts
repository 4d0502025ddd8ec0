import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { createEmailMessage } from "@/lib/test/email-factories";
import { type FakeResend, startFakeResend } from "@/lib/test/fake-resend";
import { MAX_EMAIL_ATTEMPTS, retryDelayMs } from "./retry";
import { deliverPendingEmails, startEmailWorker } from "./worker";

let fakeResend: FakeResend;
beforeAll(async () => {
  fakeResend = await startFakeResend();
});
afterAll(() => fakeResend.close());
afterEach(() => {
  fakeResend.failNext(0);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const useResend = () => {
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", fakeResend.url);
  vi.stubEnv("EMAIL_FROM", "Triage <support@example.com>");
};
const sentTo = (to: string) => fakeResend.requests.filter((request) => request.body.to === to);
// Other tests' due rows may be claimed too; a large batch makes sure ours are among them.
const deliverAll = () => deliverPendingEmails({ limit: 1_000 });

describe("deliverPendingEmails with the development mailbox", () => {
  beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));

  it("prints the message to the console and marks it SENT", async () => {
    const print = vi.spyOn(console, "info").mockImplementation(() => {});
    const message = await createEmailMessage({ subject: "Mailbox subject" });
    await deliverAll();
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, providerMessageId: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(print.mock.calls.flat().join("\n")).toContain(`To:      ${message.to}\nSubject: Mailbox subject`);
  });
});

describe("startEmailWorker", () => {
  beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));

  it("delivers queued messages in the background until stopped, and starts only once", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const stop = startEmailWorker({ intervalMs: 50 });
    try {
      expect(startEmailWorker()).toBe(stop);
      const message = await createEmailMessage();
      await vi.waitFor(async () => {
        const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
        expect(row.status).toBe("SENT");
      }, { timeout: 5_000, interval: 50 });
    } finally {
      stop();
    }
  });
});

describe("deliverPendingEmails with Resend", () => {
  beforeEach(useResend);

  it("posts the message through the real SDK and stores Resend's id", async () => {
    const message = await createEmailMessage();
    await deliverAll();
    const [request] = sentTo(message.to);
    expect(request).toBeDefined();
    expect(request?.headers.authorization).toBe("Bearer re_test_key");
    expect(request?.headers["idempotency-key"]).toBe(`email-message/${message.id}`);
    expect(request?.body).toMatchObject({
      from: "Triage <support@example.com>",
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.status).toBe("SENT");
    expect(row.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("on a provider error counts the attempt, keeps the error and retries later with backoff", async () => {
    const message = await createEmailMessage();
    fakeResend.failNext(1_000, 500);
    const before = Date.now();
    await deliverAll();
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(row.lastError).toContain("internal_server_error");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 0.8 * 30_000);
  });

  it("gives up with FAILED after the last attempt", async () => {
    const message = await createEmailMessage({ attempts: MAX_EMAIL_ATTEMPTS - 1 });
    fakeResend.failNext(1_000, 429);
    await deliverAll();
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_EMAIL_ATTEMPTS });
    expect(row.lastError).toContain("rate_limit_exceeded");
  });

  it("leaves a message that is not yet due alone", async () => {
    const later = new Date(Date.now() + 60_000);
    const message = await createEmailMessage({ nextAttemptAt: later });
    await deliverAll();
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, nextAttemptAt: later });
    expect(sentTo(message.to)).toHaveLength(0);
  });

  it("never sends a message twice when several workers run at once", async () => {
    const messages = await Promise.all(Array.from({ length: 12 }, () => createEmailMessage()));
    await Promise.all(Array.from({ length: 4 }, () => deliverPendingEmails({ limit: 3 })));
    await deliverAll();
    for (const message of messages) expect(sentTo(message.to)).toHaveLength(1);
    const statuses = await db.emailMessage.findMany({ where: { id: { in: messages.map((m) => m.id) } }, select: { status: true } });
    expect(statuses.every(({ status }) => status === "SENT")).toBe(true);
  });
});

describe("retryDelayMs", () => {
  it("doubles from 30 s, stays within ±20 % jitter and is capped at an hour", () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(3, () => 0.5)).toBe(120_000);
    expect(retryDelayMs(20, () => 0.5)).toBe(3_600_000);
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 1)).toBe(36_000);
  });
});
