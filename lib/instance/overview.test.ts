import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { createInstanceOperator, resetInstanceSettings } from "@/lib/test/instance-factories";
import { requestWorkspaceDeletion } from "@/lib/workspaces/deletion/request";
import { updateInstanceSettings } from "./mutations";
import { getInstanceOverview } from "./overview";

beforeEach(resetInstanceSettings);

describe("getInstanceOverview", () => {
  it("shows the operator a workspace being deleted with its progress, and the instance log newest first", async () => {
    const { actor: operator } = await createInstanceOperator();
    const doomed = await createWorkspace();
    const { actor: doomedAdmin } = await createUser({ role: "ADMIN", workspaceId: doomed.id });
    await requestWorkspaceDeletion(doomedAdmin, { confirmation: doomed.slug });
    await updateInstanceSettings(operator, { workspaceCreation: "VERIFIED_USERS", registrationWorkspaceId: null });

    const { deletions, log } = await getInstanceOverview(operator);

    expect(deletions).toContainEqual(expect.objectContaining({ id: doomed.id, slug: doomed.slug, rowsRemoved: 0, ticketsLeft: 0 }));
    expect(log[0]).toMatchObject({ action: "instance.settings_changed", actor: { email: operator.email } });
    expect(log.map((entry) => entry.action)).toContain("workspace.deletion_requested");
  });

  it("leaves workspace audit entries out of the instance log", async () => {
    const { actor: operator } = await createInstanceOperator();
    const { log } = await getInstanceOverview(operator);
    expect(log.every((entry) => entry.action.startsWith("instance.") || entry.action.startsWith("workspace."))).toBe(true);
  });

  it("does not exist for anyone but an instance operator, a workspace admin included", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(getInstanceOverview(admin)).rejects.toBeInstanceOf(NotFoundError);
  });
});
