import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/test/db";
import { createEmailMessage } from "@/lib/test/email-factories";
import { createEmailTransport } from "./transport";
import { deliverPendingEmails } from "./worker";

beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const printedTo = (print: { mock: { calls: unknown[][] } }, to: string) =>
  print.mock.calls.filter((call) => String(call[0]).includes(`To:      ${to}\n`));

describe("the development mailbox", () => {
  it("delivers a message sent twice with the same idempotency key once, as Resend does", async () => {
    const print = vi.spyOn(console, "info").mockImplementation(() => {});
    const message = await createEmailMessage();
    const mailbox = createEmailTransport();
    expect(mailbox.name).toBe("mailbox");
    await mailbox.send(message);
    await mailbox.send(message);
    expect(printedTo(print, message.to)).toHaveLength(1);
  });

  it("does not deliver again when a process died between sending and marking the message SENT", async () => {
    const print = vi.spyOn(console, "info").mockImplementation(() => {});
    const message = await createEmailMessage();
    // The dead process sent it; its claim lease has run out, so the message is due again.
    await createEmailTransport().send(message);
    await deliverPendingEmails({ limit: 1_000 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.status).toBe("SENT");
    expect(printedTo(print, message.to)).toHaveLength(1);
  });

  it("delivers different messages to the same address each once", async () => {
    const print = vi.spyOn(console, "info").mockImplementation(() => {});
    const first = await createEmailMessage();
    const second = await createEmailMessage({ to: first.to });
    await deliverPendingEmails({ limit: 1_000 });
    expect(printedTo(print, first.to)).toHaveLength(2);
    expect(second.id).not.toBe(first.id);
  });
});
