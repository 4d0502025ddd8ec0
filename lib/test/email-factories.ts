import { randomUUID } from "node:crypto";
import { db } from "@/lib/test/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An outbox row written directly, for tests of the worker and the mailbox; due now by default. */
export function createEmailMessage(overrides: Partial<Prisma.EmailMessageUncheckedCreateInput> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.emailMessage.create({
    data: {
      to: `recipient-${suffix}@example.com`,
      subject: `Subject ${suffix}`,
      text: `Hello ${suffix}`,
      html: `<p>Hello ${suffix}</p>`,
      template: "welcome",
      ...overrides,
    },
  });
}
