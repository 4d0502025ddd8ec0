import { describe, expect, it } from "vitest";
import { canManageInstance, type InstanceStanding } from "@/lib/instance/policy";
import { canCreateWorkspace } from "./policy";

// Who may create workspaces and manage the instance, for every combination that matters.
const CASES: [InstanceStanding, { create: boolean; manage: boolean }][] = [
  [{ isInstanceOperator: true, isEmailVerified: true, workspaceCreation: "INSTANCE_OPERATORS" }, { create: true, manage: true }],
  [{ isInstanceOperator: true, isEmailVerified: false, workspaceCreation: "INSTANCE_OPERATORS" }, { create: true, manage: true }],
  [{ isInstanceOperator: true, isEmailVerified: true, workspaceCreation: "VERIFIED_USERS" }, { create: true, manage: true }],
  [{ isInstanceOperator: false, isEmailVerified: true, workspaceCreation: "INSTANCE_OPERATORS" }, { create: false, manage: false }],
  [{ isInstanceOperator: false, isEmailVerified: true, workspaceCreation: "VERIFIED_USERS" }, { create: true, manage: false }],
  [{ isInstanceOperator: false, isEmailVerified: false, workspaceCreation: "VERIFIED_USERS" }, { create: false, manage: false }],
];

describe("instance permissions", () => {
  it.each(CASES)("%j may %j", (standing, expected) => {
    expect({ create: canCreateWorkspace(standing), manage: canManageInstance(standing) }).toEqual(expected);
  });
});
