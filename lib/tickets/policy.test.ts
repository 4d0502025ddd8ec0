import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { TICKET_ACTIONS, type TicketAction, authorize, canActOnTicket, ticketScope } from "./policy";

const WORKSPACE = "00000000-0000-4000-8000-000000000001";
const OTHER_WORKSPACE = "00000000-0000-4000-8000-000000000002";

const actorWith = (role: Role): Actor => ({
  userId: `user-${role}`,
  workspaceId: WORKSPACE,
  workspaceSlug: "acme",
  role,
  email: `${role.toLowerCase()}@example.com`,
  name: role,
  twoFactorEnrolmentRequired: false,
});

type Subject = "own" | "someone else's" | "another workspace's";
const subjectFor = (actor: Actor, subject: Subject) => ({
  workspaceId: subject === "another workspace's" ? OTHER_WORKSPACE : WORKSPACE,
  requesterId: subject === "someone else's" ? "someone-else" : actor.userId,
});

const QUEUE_ACTIONS: TicketAction[] = ["create", "bulk_change", "export"];
const CLIENT_OWN: TicketAction[] = ["view", "reply", "close_own", "reopen_own"];
const STAFF_ROLES: Role[] = ["AGENT", "MANAGER", "ADMIN"];

/** The expected answer, written out independently of the policy's own tables. */
function expected(role: Role, action: TicketAction, subject: Subject): "allowed" | "not found" | "forbidden" {
  if (QUEUE_ACTIONS.includes(action)) return action === "create" || role !== "CLIENT" ? "allowed" : "forbidden";
  if (subject === "another workspace's") return "not found";
  if (role !== "CLIENT") return "allowed";
  if (subject === "someone else's") return "not found";
  return CLIENT_OWN.includes(action) ? "allowed" : "forbidden";
}

function outcome(actor: Actor, action: TicketAction, subject: Subject) {
  try {
    authorize(actor, action, subjectFor(actor, subject));
    return "allowed";
  } catch (error) {
    if (error instanceof NotFoundError) return "not found";
    if (error instanceof ForbiddenError) return "forbidden";
    throw error;
  }
}

const ROLES: Role[] = ["CLIENT", ...STAFF_ROLES];
const SUBJECTS: Subject[] = ["own", "someone else's", "another workspace's"];
const MATRIX = ROLES.flatMap((role) =>
  TICKET_ACTIONS.flatMap((action) => SUBJECTS.map((subject) => ({ role, action, subject }))),
);

describe("the ticket policy matrix", () => {
  it.each(MATRIX)("a $role doing $action on $subject ticket", ({ role, action, subject }) => {
    const actor = actorWith(role);
    const answer = expected(role, action, subject);
    expect(outcome(actor, action, subject)).toBe(answer);
    expect(canActOnTicket(actor, action, subjectFor(actor, subject))).toBe(answer === "allowed");
  });

  it("covers every action the policy knows", () => {
    expect(new Set(MATRIX.map((cell) => cell.action))).toEqual(new Set(TICKET_ACTIONS));
  });
});

describe("authorize", () => {
  it("treats a missing ticket as not found for everyone", () => {
    for (const role of ROLES) {
      expect(() => authorize(actorWith(role), "view", null)).toThrow(NotFoundError);
    }
  });

  it("gives a client a plain reason when they may see the ticket but not act on it", () => {
    const client = actorWith("CLIENT");
    expect(() => authorize(client, "internal_note", subjectFor(client, "own"))).toThrow("Only staff can add internal notes.");
  });

  it("never tells a client that someone else's ticket exists", () => {
    const client = actorWith("CLIENT");
    expect(() => authorize(client, "internal_note", subjectFor(client, "someone else's"))).toThrow(NotFoundError);
  });
});

describe("ticketScope", () => {
  it("limits clients to their own tickets and staff to their workspace", () => {
    expect(ticketScope(actorWith("CLIENT"))).toEqual({ workspaceId: WORKSPACE, requesterId: "user-CLIENT" });
    for (const role of STAFF_ROLES) expect(ticketScope(actorWith(role))).toEqual({ workspaceId: WORKSPACE });
  });
});
