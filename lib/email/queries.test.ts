import { afterEach, describe, expect, it, vi } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createEmailMessage } from "@/lib/test/email-factories";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { getMailboxMessage, listMailboxMessages, MAILBOX_PAGE_SIZE } from "./queries";

afterEach(() => vi.unstubAllEnvs());

async function workspaceWithAdmin() {
  const workspace = await createWorkspace();
  const { actor } = await createUser({ workspaceId: workspace.id, role: "ADMIN" });
  return { workspace, admin: actor };
}

describe("listMailboxMessages", () => {
  it("shows an admin their workspace's messages and account emails without a workspace, newest first", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const older = await createEmailMessage({ workspaceId: workspace.id, createdAt: new Date(Date.now() - 60_000) });
    const newer = await createEmailMessage({ workspaceId: workspace.id });
    const accountEmail = await createEmailMessage({ workspaceId: null });
    const page = await listMailboxMessages(admin, {});
    const ids = page.messages.map((message) => message.id);
    expect(ids).toEqual(expect.arrayContaining([older.id, newer.id, accountEmail.id]));
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(page.messages[0]).not.toHaveProperty("html");
  });

  it("never shows another workspace's messages", async () => {
    const { admin } = await workspaceWithAdmin();
    const other = await createWorkspace();
    const foreign = await createEmailMessage({ workspaceId: other.id });
    const page = await listMailboxMessages(admin, {});
    expect(page.messages.map((message) => message.id)).not.toContain(foreign.id);
    await expect(getMailboxMessage(admin, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages to older messages by cursor without repeating or skipping any", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const createdAt = new Date(Date.now() - 3_600_000); // one shared timestamp: the id breaks ties
    const mine = await Promise.all(
      Array.from({ length: MAILBOX_PAGE_SIZE + 3 }, () => createEmailMessage({ workspaceId: workspace.id, createdAt })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listMailboxMessages(admin, { cursor });
      seen.push(...page.messages.map((message) => message.id));
      cursor = page.olderCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(mine.map((message) => message.id)));
  });

  it.each(["AGENT", "MANAGER", "CLIENT"] as const)("answers NotFound to a %s", async (role) => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ workspaceId: workspace.id, role });
    const message = await createEmailMessage({ workspaceId: workspace.id });
    await expect(listMailboxMessages(actor, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMailboxMessage(actor, message.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getMailboxMessage", () => {
  it("returns the body while emails stay in the development mailbox", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    const { workspace, admin } = await workspaceWithAdmin();
    const message = await createEmailMessage({ workspaceId: workspace.id, text: "Open http://localhost/x" });
    const found = await getMailboxMessage(admin, message.id);
    expect(found).toMatchObject({ id: message.id, to: message.to, body: { text: "Open http://localhost/x", html: message.html } });
  });

  it("withholds the body once Resend delivers, so admins cannot use others' links", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_live");
    const { workspace, admin } = await workspaceWithAdmin();
    const message = await createEmailMessage({ workspaceId: workspace.id });
    expect((await getMailboxMessage(admin, message.id)).body).toBeNull();
  });

  it("answers NotFound for an id that is not a UUID", async () => {
    const { admin } = await workspaceWithAdmin();
    await expect(getMailboxMessage(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
