import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { signedInPage } from "./support";

const CLIENT = "client32@example.com";

async function fileTicket(client: Page, title: string) {
  await client.goto("/tickets/new");
  await client.getByLabel("Title").fill(title);
  await client.getByLabel("Description").fill("The printer on floor 2 jams on every page.");
  await client.getByRole("button", { name: "File ticket" }).click();
  await expect(client).toHaveURL(/\/tickets\/\d+$/);
  return new URL(client.url()).pathname;
}

test("a reply sent while offline says so, keeps the text, and Retry posts it once", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const reply = `It jams on the duplex tray only (${stamp}).`;
  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  const path = await fileTicket(client, `Printer jams ${stamp}`);

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
