import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createServiceKey, revokeApiKey } from "@/lib/api-keys/mutations";
import type { Actor } from "@/lib/auth/actor";
import { updateCategory } from "@/lib/categories/mutations";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { getMailboxMessage } from "@/lib/email/queries";
import { inviteMember } from "@/lib/invitations/invite";
import { resendInvitation, revokeInvitation } from "@/lib/invitations/manage";
import { changeMemberRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove-member";
import { unlockUser } from "@/lib/security/unlock";
import { db } from "@/lib/test/db";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { replyToTicket } from "@/lib/tickets/mutations/reply";
import { findTicketForActor } from "@/lib/tickets/queries/detail";
import { deleteView } from "@/lib/tickets/search/saved-views";
import { searchTickets } from "@/lib/tickets/search/queries";

// Two workspaces whose tickets share numbers: every role of the first, given the second's ids and
// numbers, finds nothing and changes nothing, and sees its own workspace's ticket under a shared number.

const ROLES: Role[] = ["CLIENT", "AGENT", "MANAGER", "ADMIN"];

async function twoHelpdesks() {
  const [ours, theirs] = [await createWorkspace(), await createWorkspace()];
  const { user: theirClient } = await createUser({ role: "CLIENT", workspaceId: theirs.id });
  const { actor: theirAdmin } = await createUser({ role: "ADMIN", workspaceId: theirs.id });
  // #1 in both workspaces; #2 only in theirs.
  const theirFirst = await createTicket({ workspaceId: theirs.id, requesterId: theirClient.id, title: "Theirs #1" });
  const theirSecond = await createTicket({ workspaceId: theirs.id, requesterId: theirClient.id, title: "Theirs #2" });
  const category = await createTestCategory({ workspaceId: theirs.id });
  const view = await db.savedView.create({ data: { workspaceId: theirs.id, userId: theirAdmin.userId, name: "Theirs", query: "status=OPEN" } });
  const key = await createServiceKey(theirAdmin, { name: "Their integration", scopes: ["tickets:read"], expiresInDays: "7" });
  const { id: invitationId } = await inviteMember(theirAdmin, { name: "Their invitee", email: `invitee-${randomUUID()}@example.com`, role: "AGENT" });
  const email = await db.emailMessage.create({ data: { workspaceId: theirs.id, to: theirClient.email, subject: "Theirs", text: "Theirs", html: "<p>Theirs</p>", template: "test" } });
  await db.user.update({ where: { id: theirClient.id }, data: { lockedUntil: new Date(Date.now() + 60_000), failedLoginCount: 5 } });
  return { ours, theirs, theirClient, theirFirst, theirSecond, category, view, keyId: key.id, invitationId, emailId: email.id };
}

async function memberOf(workspaceId: string, role: Role): Promise<Actor> {
  const { actor } = await createUser({ role, workspaceId });
  return actor;
}

describe.each(ROLES)("a %s of one workspace, given another workspace's ids and numbers", (role) => {
  it("finds none of its tickets, and its own ticket under a number both use", async () => {
    const setup = await twoHelpdesks();
    const actor = await memberOf(setup.ours.id, role);
    const ourFirst = await createTicket({ workspaceId: setup.ours.id, requesterId: actor.userId, title: "Ours #1" });
    expect(ourFirst.number).toBe(setup.theirFirst.number);

    expect(await findTicketForActor(actor, setup.theirSecond.number)).toBeNull();
    expect(await findTicketForActor(actor, ourFirst.number)).toMatchObject({ ticket: { title: "Ours #1" } });
    const page = await searchTickets(actor, {});
    expect(page.tickets.map((ticket) => ticket.title)).toEqual(["Ours #1"]);
    const reply = replyToTicket(actor, { ticketNumber: setup.theirSecond.number, body: "Hello", isInternal: false, requestKey: randomUUID() });
    await expect(reply).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.comment.count({ where: { ticketId: setup.theirSecond.id } })).toBe(0);
  });

  it("cannot read its mailbox", async () => {
    const setup = await twoHelpdesks();
    const actor = await memberOf(setup.ours.id, role);
    await expect(getMailboxMessage(actor, setup.emailId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot change its categories, members, invitations, keys, saved views or locks", async () => {
    const setup = await twoHelpdesks();
    const actor = await memberOf(setup.ours.id, role);
    const attempts = [
      () => updateCategory(actor, { categoryId: setup.category.id, name: "Renamed", description: "" }),
      () => changeMemberRole(actor, { userId: setup.theirClient.id, role: "ADMIN" }),
      () => revokeApiKey(actor, { id: setup.keyId }),
      () => deleteView(actor, { viewId: setup.view.id }),
      () => unlockUser(actor, { userId: setup.theirClient.id }),
      () => removeMember(actor, { userId: setup.theirClient.id }),
      () => revokeInvitation(actor, { invitationId: setup.invitationId }),
      () => resendInvitation(actor, { invitationId: setup.invitationId }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.category.findUniqueOrThrow({ where: { id: setup.category.id } })).toMatchObject({ name: setup.category.name });
    expect(await db.membership.findFirstOrThrow({ where: { userId: setup.theirClient.id } })).toMatchObject({ role: "CLIENT" });
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: setup.keyId } })).toMatchObject({ revokedAt: null });
    expect(await db.savedView.count({ where: { id: setup.view.id } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: setup.theirClient.id } })).toMatchObject({ failedLoginCount: 5 });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: setup.invitationId } })).toMatchObject({ revokedAt: null });
  });
});
