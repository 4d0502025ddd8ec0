import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTestCategory, createUser, createWorkspace } from "@/lib/test/factories";
import { getNotificationPreferences, updateNotificationPreferences } from "./preferences";
import { updateNotificationPreferencesSchema } from "./schemas";
import { emailsTo, fileTicketAs } from "./test-support";

const allOn = { notifyOwnTicketUpdates: true, notifyAssignments: true, notifyNewTickets: true, watchedCategoryIds: [] };

describe("notification preferences", () => {
  it("saves a member's own preferences with an audit entry, and the next ticket follows them", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    await updateNotificationPreferences(client, { ...allOn, notifyOwnTicketUpdates: false });
    await updateNotificationPreferences(agent, { ...allOn, notifyNewTickets: false });

    expect(await getNotificationPreferences(client)).toMatchObject({ notifyOwnTicketUpdates: false, categories: [] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.notification_preferences_changed", actorId: client.userId } });
    expect(audit).toMatchObject({ targetType: "user", targetId: client.userId, metadata: { notifyOwnTicketUpdates: false } });

    await fileTicketAs(client);
    expect(await emailsTo(client.email)).toEqual([]);
    expect(await emailsTo(agent.email)).toEqual([]);
  });

  it("ignores staff-only preferences sent by a client", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const category = await createTestCategory({ workspaceId: workspace.id });
    await updateNotificationPreferences(client, {
      notifyOwnTicketUpdates: true,
      notifyAssignments: false,
      notifyNewTickets: false,
      watchedCategoryIds: [category.id],
    });

    const membership = await db.membership.findFirstOrThrow({ where: { userId: client.userId } });
    expect(membership).toMatchObject({ notifyAssignments: true, notifyNewTickets: true });
    expect(await db.categoryWatcher.count({ where: { userId: client.userId } })).toBe(0);
  });

  it("replaces a staff member's own watched categories, keeping only active ones of the workspace", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: colleague } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const [billing, hardware] = [await createTestCategory({ workspaceId: workspace.id }), await createTestCategory({ workspaceId: workspace.id })];
    const archived = await createTestCategory({ workspaceId: workspace.id, archived: true });
    const foreign = await createTestCategory({ workspaceId: (await createWorkspace()).id });
    await db.categoryWatcher.createMany({
      data: [
        { categoryId: billing.id, userId: colleague.userId, workspaceId: workspace.id },
        { categoryId: archived.id, userId: agent.userId, workspaceId: workspace.id },
      ],
    });

    await updateNotificationPreferences(agent, { ...allOn, watchedCategoryIds: [billing.id, foreign.id, archived.id] });
    await updateNotificationPreferences(agent, { ...allOn, watchedCategoryIds: [hardware.id] });

    const watched = await db.categoryWatcher.findMany({ where: { userId: agent.userId }, select: { categoryId: true } });
    expect(watched.map((row) => row.categoryId).sort()).toEqual([archived.id, hardware.id].sort());
    expect(await db.categoryWatcher.count({ where: { userId: colleague.userId } })).toBe(1);
    const preferences = await getNotificationPreferences(agent);
    expect(preferences.watchedCategoryIds).toEqual([hardware.id]);
    expect(preferences.categories.map((category) => category.id).sort()).toEqual([billing.id, hardware.id].sort());
  });

  it("refuses a watched category that is not an id", () => {
    const parsed = updateNotificationPreferencesSchema.safeParse({ ...allOn, watchedCategoryIds: ["billing"] });
    expect(parsed.success).toBe(false);
  });
});
