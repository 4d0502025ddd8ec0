import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { createLoginAttempt, uniqueIp } from "@/lib/test/security-factories";
import { listFailedSignInsForAdmin, listRecentSignInsForUser } from "./login-attempts";
import { SIGN_IN_ATTEMPT_PAGE_SIZE, signInAttemptFiltersSchema } from "./schemas";
import { parseQueryLeniently } from "@/lib/url-query";

const filters = (input: Record<string, string> = {}) => parseQueryLeniently(signInAttemptFiltersSchema, input);

async function adminWithMember() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const { user: member } = await createUser({ workspaceId: workspace.id });
  return { admin, member };
}

describe("listFailedSignInsForAdmin", () => {
  it("shows failed attempts of the workspace's members and of unknown emails, not other workspaces'", async () => {
    const { admin, member } = await adminWithMember();
    const { user: outsider } = await createUser();
    const ip = uniqueIp();
    const own = await createLoginAttempt({ email: member.email, userId: member.id, reason: "wrong_password", ip });
    const unknown = await createLoginAttempt({ email: `ghost-${randomUUID()}@example.com`, ip });
    await createLoginAttempt({ email: outsider.email, userId: outsider.id, reason: "wrong_password", ip });
    await createLoginAttempt({ email: member.email, userId: member.id, outcome: "SUCCEEDED", reason: "signed_in", ip });
    const page = await listFailedSignInsForAdmin(admin, filters({ ip }));
    expect(page.attempts.map((attempt) => attempt.id)).toEqual([unknown.id, own.id]);
    expect(page.attempts[1]?.user).toEqual({ id: member.id, name: member.name });
  });

  it("is empty for agents, managers and clients", async () => {
    const { member } = await adminWithMember();
    const ip = uniqueIp();
    await createLoginAttempt({ email: member.email, userId: member.id, ip });
    for (const role of ["AGENT", "MANAGER", "CLIENT"] as const) {
      const { actor } = await createUser({ role });
      expect((await listFailedSignInsForAdmin(actor, filters({ ip }))).attempts).toEqual([]);
    }
  });

  it("filters by email case-insensitively, by address and by UTC day range", async () => {
    const { admin } = await adminWithMember();
    const email = `filter-${randomUUID()}@example.com`;
    const ip = uniqueIp();
    const early = await createLoginAttempt({ email, ip, createdAt: new Date("2026-03-01T10:00:00Z") });
    const late = await createLoginAttempt({ email, ip, createdAt: new Date("2026-03-05T23:59:00Z") });
    await createLoginAttempt({ email: `other-${randomUUID()}@example.com`, ip });
    const ids = async (input: Record<string, string>) =>
      (await listFailedSignInsForAdmin(admin, filters(input))).attempts.map((attempt) => attempt.id);
    expect(await ids({ email: email.toUpperCase() })).toEqual([late.id, early.id]);
    expect(await ids({ email, from: "2026-03-02" })).toEqual([late.id]);
    expect(await ids({ email, to: "2026-03-05" })).toEqual([late.id, early.id]);
    expect(await ids({ email, to: "2026-03-04" })).toEqual([early.id]);
    expect(await ids({ ip, from: "2026-03-01", to: "2026-03-01" })).toEqual([early.id]);
  });

  it("pages through newest first with a keyset cursor", async () => {
    const { admin } = await adminWithMember();
    const ip = uniqueIp();
    const start = Date.UTC(2026, 0, 1);
    const total = SIGN_IN_ATTEMPT_PAGE_SIZE + 3;
    for (let index = 0; index < total; index += 1) {
      await createLoginAttempt({ ip, createdAt: new Date(start + index * 1000) });
    }
    const first = await listFailedSignInsForAdmin(admin, filters({ ip }));
    expect(first.attempts).toHaveLength(SIGN_IN_ATTEMPT_PAGE_SIZE);
    expect(first.olderCursor).not.toBeNull();
    const second = await listFailedSignInsForAdmin(admin, filters({ ip, after: first.olderCursor ?? "" }));
    expect(second.attempts).toHaveLength(3);
    expect(second.olderCursor).toBeNull();
    expect(second.attempts.at(-1)?.createdAt.getTime()).toBe(start);
  });

  it("ignores malformed filters instead of failing the page", () => {
    expect(filters({ email: "  ", from: "yesterday", to: "2026-13-45", after: "x".repeat(500) })).toEqual({
      email: undefined,
      ip: undefined,
      from: undefined,
      to: undefined,
      after: undefined,
    });
  });
});

describe("listRecentSignInsForUser", () => {
  it("lists only the actor's own attempts, newest first", async () => {
    const { actor, user } = await createUser();
    const { user: other } = await createUser();
    const older = await createLoginAttempt({ email: user.email, userId: user.id, createdAt: new Date(Date.now() - 60_000) });
    const newer = await createLoginAttempt({ email: user.email, userId: user.id, outcome: "SUCCEEDED", reason: "signed_in" });
    await createLoginAttempt({ email: other.email, userId: other.id });
    expect((await listRecentSignInsForUser(actor)).map((attempt) => attempt.id)).toEqual([newer.id, older.id]);
  });
});
