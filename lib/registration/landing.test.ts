import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createWorkspace } from "@/lib/test/factories";
import { resetInstanceSettings, setInstanceSettings } from "@/lib/test/instance-factories";
import { registerClient } from "./mutations";
import { findRegistrationWorkspace } from "./queries";
import { REGISTRATION_CLOSED_MESSAGE } from "./schemas";
import { registration, testContext } from "./test-helpers";

// Where registration without an invitation lands: the instance settings decide, never the age of
// a workspace.

beforeEach(resetInstanceSettings);

const membershipsOf = async (email: string) =>
  db.membership.findMany({ where: { user: { email } }, select: { workspaceId: true, role: true } });

describe("registration without an invitation", () => {
  it("lands in the workspace the instance settings name, not the oldest one", async () => {
    await createWorkspace({ name: "Oldest", createdAt: new Date("1999-01-01T00:00:00Z") });
    const named = await createWorkspace({ name: "Front desk" });
    await setInstanceSettings({ registrationWorkspace: { connect: { id: named.id } } });

    expect(await findRegistrationWorkspace()).toMatchObject({ id: named.id, name: "Front desk" });
    const input = registration();
    await registerClient(input, testContext());
    expect(await membershipsOf(input.email)).toEqual([{ workspaceId: named.id, role: "CLIENT" }]);
  });

  it("is closed while the settings name no workspace, whatever workspaces exist", async () => {
    await createWorkspace({ createdAt: new Date("1999-01-01T00:00:00Z") });
    expect(await findRegistrationWorkspace()).toBeNull();
    const input = registration();
    const attempt = registerClient(input, testContext());
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow(REGISTRATION_CLOSED_MESSAGE);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("is closed while the named workspace itself is invite-only", async () => {
    const named = await createWorkspace({ registrationMode: "INVITE_ONLY" });
    await setInstanceSettings({ registrationWorkspace: { connect: { id: named.id } } });
    const input = registration();
    await expect(registerClient(input, testContext())).rejects.toThrow(REGISTRATION_CLOSED_MESSAGE);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });
});
