import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { fileTicket, signedInPage } from "./support";

const CLIENT = "client32@example.com";
const AGENT = "agent3@example.com";

test("a reply sent while offline says so, keeps the text, and Retry posts it once", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const reply = `It jams on the duplex tray only (${stamp}).`;
  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  const path = await fileTicket(client, `Printer jams ${stamp}`, "The printer on floor 2 jams on every page.");

  await client.getByLabel("Your reply").fill(reply);
  await client.context().setOffline(true);
  await client.getByRole("button", { name: "Send reply" }).click();
  await expect(client.getByText("Not sent: the connection was lost.")).toBeVisible();
  await expect(client.getByLabel("Your reply")).toHaveValue(reply);
  await expect(client.getByRole("button", { name: "Send reply" })).toBeEnabled();

  await client.context().setOffline(false);
  await client.getByRole("button", { name: "Retry" }).click();
  await expect(client.getByText("Reply sent.")).toBeVisible();
  await expect(client.getByLabel("Your reply")).toHaveValue("");
  await client.goto(path);
  await expect(client.getByText(reply)).toHaveCount(1);
});

test("the side panel saves every changed field at once and keeps a choice across a rebuild", async ({ browser }) => {
  test.setTimeout(90_000);
  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  const path = await fileTicket(client, `Badge reader offline ${Date.now()}`, "The printer on floor 2 jams on every page.");
  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await agent.goto(path);

  await agent.getByLabel("Priority", { exact: true }).selectOption({ label: "Urgent" });
  // "Assign to me" saves at once and the page shows the newer ticket: the unsaved Urgent stays.
  await agent.getByRole("button", { name: "Assign to me" }).click();
  await expect(agent.getByText(/Assigned to you on #\d+\./)).toBeVisible();
  await expect(agent.getByLabel("Priority", { exact: true })).toHaveValue("URGENT");
  await agent.getByLabel("Status", { exact: true }).selectOption({ label: "Open" });
  await expect(agent.getByRole("status").filter({ hasText: "2 unsaved changes" })).toBeVisible();
  expect((await new AxeBuilder({ page: agent }).include("form[aria-label='Ticket fields']").analyze()).violations).toEqual([]);

  await agent.getByRole("button", { name: "Save changes" }).click();
  await expect(agent.getByText(/Status set to open, priority set to urgent on #\d+\./)).toBeVisible();
  await expect(agent.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await agent.reload();
  await expect(agent.getByLabel("Status", { exact: true })).toHaveValue("OPEN");
  await expect(agent.getByLabel("Priority", { exact: true })).toHaveValue("URGENT");
  await expect(agent.getByRole("listitem").filter({ hasText: /changed the status/i })).toHaveCount(1);
  await expect(agent.getByRole("listitem").filter({ hasText: /changed the priority/i })).toHaveCount(1);
});

test("a ticket change answered by a 503 shows the server's words, keeps the choice, and Retry saves it", async ({ browser }) => {
  test.setTimeout(90_000);
  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  const path = await fileTicket(client, `Door badge rejected ${Date.now()}`, "The printer on floor 2 jams on every page.");
  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await agent.goto(path);

  // A proxy in front of Triage answering the action itself, as a load balancer under strain would.
  await agent.route(`**${path}`, (route) =>
    route.request().headers()["next-action"]
      ? route.fulfill({ status: 503, contentType: "text/plain", body: "the gateway is overloaded, try again shortly." })
      : route.continue(),
  );
  await agent.getByLabel("Priority", { exact: true }).selectOption({ label: "High" });
  await agent.getByRole("button", { name: "Save changes" }).click();
  await expect(agent.getByText("Not sent: the gateway is overloaded, try again shortly.")).toBeVisible();
  await expect(agent.getByLabel("Priority", { exact: true })).toHaveValue("HIGH");
  await expect(agent.getByRole("button", { name: "Save changes" })).toBeEnabled();

  await agent.unroute(`**${path}`);
  await agent.getByRole("button", { name: "Retry" }).click();
  await expect(agent.getByText(/Priority set to high on #\d+\./)).toBeVisible();
  await agent.reload();
  await expect(agent.getByLabel("Priority", { exact: true })).toHaveValue("HIGH");
  await expect(agent.getByRole("listitem").filter({ hasText: /changed the priority/i })).toHaveCount(1);
});
