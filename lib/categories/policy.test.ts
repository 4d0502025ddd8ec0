import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { Role } from "@/lib/generated/prisma/enums";
import { categoryScope, selectableCategoryScope } from "./policy";

const actorWith = (role: Role): Actor => ({
  userId: "00000000-0000-4000-8000-000000000001",
  workspaceId: "00000000-0000-4000-8000-000000000002",
  workspaceSlug: "acme",
  role,
  email: "someone@example.com",
  name: "Someone",
  twoFactorEnrolmentRequired: false,
});

describe("category policy", () => {
  it("scopes management to the actor's workspace, and selection to its active categories", () => {
    const actor = actorWith(Role.CLIENT);
    expect(categoryScope(actor)).toEqual({ workspaceId: actor.workspaceId });
    expect(selectableCategoryScope(actor)).toEqual({ workspaceId: actor.workspaceId, archivedAt: null });
  });
});
