import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { applyStatus, fileTicket, inWorkspace, signedInPage } from "./support";

const CLIENT = "client31@example.com";
const AGENT = "agent2@example.com";

test("an agent takes a ticket, resolves it, and the client reopens it", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `VPN keeps dropping ${Date.now()}`;
  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  const path = await fileTicket(client, title, "The VPN drops every few minutes.");

  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await agent.goto(path);
  await agent.getByRole("button", { name: "Assign to me" }).click();
  await expect(agent.getByLabel("Assignee")).toHaveValue(/.+/);
  await applyStatus(agent, "Open");
  await applyStatus(agent, "Resolved");
  await expect(agent.getByRole("listitem").filter({ hasText: /changed the status from Open to Resolved/i })).toHaveCount(1);

  await client.reload();
  await expect(client.getByText(/You can reopen it until/)).toBeVisible();
  await client.getByRole("button", { name: "Reopen" }).click();
  await client.getByRole("button", { name: "Yes, reopen it" }).click();
  await expect(client.getByText(/reopened\./)).toBeVisible();
  await client.reload();
  await expect(client.getByRole("button", { name: "Reopen" })).toHaveCount(0);
  await expect(client.getByRole("button", { name: "Close ticket" })).toBeVisible();
});

test("an agent raises the priority of two tickets at once from the list", async ({ browser }) => {
  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  // Open tickets only: a closed or merged ticket at the top of the list would refuse the change.
  await agent.goto(inWorkspace("/tickets?view=open"));
  const boxes = agent.getByRole("checkbox", { name: /^Select #/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const bar = agent.getByRole("region", { name: "Bulk actions" });
  await expect(bar.getByText("2 tickets selected")).toBeVisible();
  await bar.getByLabel("Set the priority of selected tickets").selectOption({ label: "Urgent" });
  await bar.getByRole("button", { name: "Set priority" }).click();
  await expect(agent.getByText(/updated\./)).toBeVisible();
  await expect(bar).toHaveCount(0);
});
