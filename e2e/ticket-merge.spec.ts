import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { inWorkspace, signedInPage } from "./support";

const AGENT = "agent3@example.com";

async function fileTicket(page: Page, title: string) {
  await page.goto(inWorkspace("/tickets/new"));
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill(`${title}: the printer on the third floor is offline.`);
  await page.getByRole("button", { name: "File ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test("an agent merges a duplicate into another ticket and its number leads there", async ({ browser }) => {
  const page = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  const stamp = Date.now();
  const target = await fileTicket(page, `Printer offline ${stamp}`);
  const duplicate = await fileTicket(page, `Printer down again ${stamp}`);

  await page.getByText("Merge into…").click();
  await page.getByLabel("Target ticket number").fill(String(target));
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByRole("status").filter({ hasText: `#${target} Printer offline ${stamp}` })).toBeVisible();
  await page.getByRole("button", { name: `Merge #${duplicate} into #${target}` }).click();

  await expect(page).toHaveURL(new RegExp(`/tickets/${target}$`));
  await expect(page.getByRole("listitem").filter({ hasText: new RegExp(`merged #${duplicate} by .+ into this ticket`) })).toHaveCount(1);
  await expect(page.getByText(`merged from #${duplicate}`).first()).toBeVisible();

  await page.goto(inWorkspace(`/tickets/${duplicate}`));
  await expect(page).toHaveURL(new RegExp(`/tickets/${target}$`));
});
