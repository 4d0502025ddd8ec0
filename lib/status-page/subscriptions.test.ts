import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createStaff } from "@/lib/test/incident-factories";
import { setStatusPage } from "@/lib/test/status-page-factories";
import { SUBSCRIBE_ANSWER } from "./schemas";
import {
  CONFIRMATION_LIFETIME_HOURS,
  confirmStatusPageSubscription,
  isConfirmationTokenUsable,
  subscribeToStatusPage,
  unsubscribeFromStatusPage,
} from "./subscriptions";
import { unsubscribeTokenFor } from "./tokens";

const context = () => ({ ip: `198.51.100.${Math.floor(Math.random() * 250)}`, userAgent: "test" });
const uniqueEmail = () => `subscriber-${crypto.randomUUID()}@example.com`;

/** Subscribes and runs the after-answer work, as a request would once answered. */
async function subscribe(slug: string, email: string) {
  const pending: (() => Promise<void>)[] = [];
  const answer = await subscribeToStatusPage({ slug, email }, context(), (work) => pending.push(work));
  await Promise.all(pending.map((work) => work()));
  return answer;
}

const emailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" }, select: { template: true, text: true, workspaceId: true } });
const tokenIn = (text: string) => decodeURIComponent(/confirm\?token=([^\s&]+)/.exec(text)![1]!);

async function pageWorkspace() {
  const { actor } = await createStaff();
  await setStatusPage(actor.workspaceId);
  return { slug: actor.workspaceSlug, workspaceId: actor.workspaceId };
}

describe("subscribing to a status page", () => {
  it("sends a confirmation link that confirms the address once", async () => {
    const { slug, workspaceId } = await pageWorkspace();
    const email = uniqueEmail();
    expect(await subscribe(slug, email)).toEqual({ message: SUBSCRIBE_ANSWER });
    const [confirmation] = await emailsTo(email);
    expect(confirmation).toMatchObject({ template: "status-page-confirm", workspaceId });
    const token = tokenIn(confirmation!.text);
    expect(await isConfirmationTokenUsable({ slug, token })).toBe(true);
    await confirmStatusPageSubscription({ slug, token });
    const subscriber = await db.statusPageSubscriber.findUniqueOrThrow({ where: { workspaceId_email: { workspaceId, email } } });
    expect(subscriber.confirmedAt).not.toBeNull();
    await expect(confirmStatusPageSubscription({ slug, token })).rejects.toThrow("expired or is not valid");
  });

  it("answers the same for an address already subscribed, and sends it nothing more", async () => {
    const { slug } = await pageWorkspace();
    const email = uniqueEmail();
    await subscribe(slug, email);
    await confirmStatusPageSubscription({ slug, token: tokenIn((await emailsTo(email))[0]!.text) });
    expect(await subscribe(slug, email)).toEqual({ message: SUBSCRIBE_ANSWER });
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it("refuses a confirmation link after it expired", async () => {
    const { slug } = await pageWorkspace();
    const email = uniqueEmail();
    await subscribe(slug, email);
    const token = tokenIn((await emailsTo(email))[0]!.text);
    const later = new Date(Date.now() + CONFIRMATION_LIFETIME_HOURS * 3_600_000 + 1000);
    expect(await isConfirmationTokenUsable({ slug, token }, later)).toBe(false);
    await expect(confirmStatusPageSubscription({ slug, token }, later)).rejects.toThrow("expired or is not valid");
  });

  it("refuses a token on another workspace's page, and sends nothing for a disabled page", async () => {
    const { slug } = await pageWorkspace();
    const other = await pageWorkspace();
    const email = uniqueEmail();
    await subscribe(slug, email);
    const token = tokenIn((await emailsTo(email))[0]!.text);
    await expect(confirmStatusPageSubscription({ slug: other.slug, token })).rejects.toThrow("expired or is not valid");
    await setStatusPage(other.workspaceId, false);
    const quiet = uniqueEmail();
    expect(await subscribe(other.slug, quiet)).toEqual({ message: SUBSCRIBE_ANSWER });
    expect(await emailsTo(quiet)).toEqual([]);
  });

  it("throttles one address asking too often", async () => {
    const { slug } = await pageWorkspace();
    const ip = context();
    for (let attempt = 0; attempt < 5; attempt += 1) await subscribeToStatusPage({ slug, email: uniqueEmail() }, ip, () => {});
    await expect(subscribeToStatusPage({ slug, email: uniqueEmail() }, ip, () => {})).rejects.toThrow("Too many");
  });
});

describe("unsubscribing", () => {
  it("removes the subscriber whose token it is, whether or not the page is still on", async () => {
    const { slug, workspaceId } = await pageWorkspace();
    const email = uniqueEmail();
    await subscribe(slug, email);
    const subscriber = await db.statusPageSubscriber.findUniqueOrThrow({ where: { workspaceId_email: { workspaceId, email } } });
    await setStatusPage(workspaceId, false);
    await unsubscribeFromStatusPage({ slug, token: "not-a-real-token" });
    expect(await db.statusPageSubscriber.count({ where: { id: subscriber.id } })).toBe(1);
    await unsubscribeFromStatusPage({ slug, token: unsubscribeTokenFor(subscriber.id) });
    expect(await db.statusPageSubscriber.count({ where: { id: subscriber.id } })).toBe(0);
    await expect(unsubscribeFromStatusPage({ slug, token: unsubscribeTokenFor(subscriber.id) })).resolves.toBeUndefined();
  });
});
