import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { deleteView, listSavedViews, saveView } from "./saved-views";
import { parseQueryString, saveViewSchema, toQueryString } from "./schemas";

describe("saved views", () => {
  it("saves the cleaned query string, lists only the owner's views and refuses a duplicate name", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: colleague } = await createUser({ role: "AGENT", workspaceId: workspace.id });

    const input = saveViewSchema.parse({ name: " Urgent open ", query: "?view=open&priority=URGENT&priority=NOPE&cursor=abc&junk=1" });
    const view = await saveView(agent, input);
    expect(view).toMatchObject({ name: "Urgent open", query: "view=open&priority=URGENT" });
    await saveView(colleague, input);

    expect((await listSavedViews(agent)).map((item) => item.id)).toEqual([view.id]);
    await expect(saveView(agent, input)).rejects.toSatisfy(
      (error) => error instanceof ValidationError && error.fieldErrors.name?.length === 1,
    );
  });

  it("deletes only the owner's view; anyone else's is not found", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: colleague } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const view = await saveView(agent, saveViewSchema.parse({ name: "Mine", query: "view=mine" }));

    await expect(deleteView(colleague, { viewId: view.id })).rejects.toBeInstanceOf(NotFoundError);
    await deleteView(agent, { viewId: view.id });
    expect(await listSavedViews(agent)).toEqual([]);
  });

  it("round-trips filters through the query string", () => {
    const filters = parseQueryString("q=printer&status=OPEN&status=NEW&sort=due&direction=asc&createdFrom=2026-01-01");
    expect(parseQueryString(toQueryString(filters))).toEqual(filters);
    expect(saveViewSchema.safeParse({ name: "", query: "" }).success).toBe(false);
    expect(saveViewSchema.safeParse({ name: "x".repeat(61), query: "" }).success).toBe(false);
  });
});
