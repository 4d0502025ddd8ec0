import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/tokens";
import { transactionFor } from "@/lib/db";
import { db } from "@/lib/test/db";
import { createStaff } from "@/lib/test/incident-factories";
import { setStatusPage } from "@/lib/test/status-page-factories";
import { enqueueStatusPageUpdateEmails, type StatusPageUpdateEmail } from "./notify";
import { unsubscribeFromStatusPage } from "./subscriptions";
import { unsubscribeTokenHashFor } from "./tokens";

async function subscriber(workspaceId: string, isConfirmed: boolean) {
  const id = crypto.randomUUID();
  const email = `subscriber-${id}@example.com`;
  await db.statusPageSubscriber.create({
    data: { id, workspaceId, email, confirmedAt: isConfirmed ? new Date() : null, unsubscribeTokenHash: unsubscribeTokenHashFor(id) },
  });
  return { id, email };
}

async function setUp() {
  const { actor } = await createStaff();
  await setStatusPage(actor.workspaceId);
  await db.workspace.update({ where: { id: actor.workspaceId }, data: { name: "Acme" } });
  const workspace = { id: actor.workspaceId, slug: actor.workspaceSlug };
  const email = (update: Partial<StatusPageUpdateEmail["update"]> = {}): StatusPageUpdateEmail => ({
    workspace,
    incident: { title: "Mail is down", severity: "SEV2" },
    update: { visibility: "PUBLIC", status: "IDENTIFIED", body: "We found the cause.", ...update },
  });
  const send = (update?: Partial<StatusPageUpdateEmail["update"]>) =>
    transactionFor({ workspaceId: workspace.id }, (tx) => enqueueStatusPageUpdateEmails(tx, email(update)));
  return { workspace, send };
}

describe("emailing a public update to the status page's subscribers", () => {
  it("queues one email per confirmed subscriber, each with a working unsubscribe link of its own", async () => {
    const { workspace, send } = await setUp();
    const [first, second] = [await subscriber(workspace.id, true), await subscriber(workspace.id, true)];
    const pending = await subscriber(workspace.id, false);
    const other = await setUp();
    const outsider = await subscriber(other.workspace.id, true);
    expect(await send()).toBe(2);
    const emails = await db.emailMessage.findMany({
      where: { to: { in: [first!.email, second!.email, pending.email, outsider.email] } },
      select: { to: true, template: true, subject: true, text: true, html: true },
    });
    expect(emails.map((email) => email.to).sort()).toEqual([first!.email, second!.email].sort());
    const sent = emails.find((email) => email.to === first!.email)!;
    expect(sent).toMatchObject({ template: "status-page-update", subject: "[Acme] Identified: Mail is down" });
    expect(sent.text).toContain("We found the cause.");
    expect(sent.html).toMatch(/<a href="[^"]+\/unsubscribe\?token=[^"]+"[^>]*>Unsubscribe<\/a>/);
    const token = decodeURIComponent(/unsubscribe\?token=(\S+)/.exec(sent.text)![1]!);
    expect(hashToken(token)).toBe(unsubscribeTokenHashFor(first!.id));
    await unsubscribeFromStatusPage({ slug: workspace.slug, token });
    expect(await db.statusPageSubscriber.count({ where: { id: { in: [first!.id, second!.id] } } })).toBe(1);
  });

  it("sends nothing for an internal update, or while the page is off", async () => {
    const { workspace, send } = await setUp();
    await subscriber(workspace.id, true);
    expect(await send({ visibility: "INTERNAL" })).toBe(0);
    await setStatusPage(workspace.id, false);
    expect(await send()).toBe(0);
    expect(await db.emailMessage.count({ where: { workspaceId: workspace.id, template: "status-page-update" } })).toBe(0);
  });
});
