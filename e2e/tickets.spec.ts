import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { inWorkspace, signedInPage } from "./support";

const CLIENT = "client30@example.com";
const AGENT = "agent1@example.com";

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test.describe("filing and answering a ticket", () => {
  test("a client files a ticket once, staff reply and note, the client sees only the reply", async ({ browser }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const title = `Projector in room ${stamp} shows no picture`;
    const note = `Internal: the lamp was replaced last month (${stamp}).`;
    const reply = `We are sending a technician today (${stamp}).`;

    const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
    await client.getByRole("link", { name: "New ticket" }).click();
    await expect(client.getByRole("heading", { level: 1, name: "New ticket" })).toBeVisible();
    await client.getByLabel("Title").fill(title);
    await client.getByRole("radio", { name: /Incident/ }).check();
    await client.getByLabel("Priority").selectOption({ label: "High" });
    await expect(client.getByLabel("Priority").locator("option", { hasText: "Urgent" })).toHaveCount(0);
    await client.getByLabel("Description").fill("The screen stays **blue**.\n\n<script>alert(1)</script>");
    // A double click (or an impatient retry) must still file exactly one ticket.
    await client.getByRole("button", { name: "File ticket" }).dblclick();
    await expect(client).toHaveURL(/\/tickets\/\d+$/);
    await expect(client.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(client.getByText("The screen stays")).toBeVisible();
    await expect(client.locator("strong", { hasText: "blue" })).toBeVisible();
    const ticketPath = new URL(client.url()).pathname;

    await client.goto(inWorkspace("/tickets"));
    await expect(client.getByRole("link", { name: title })).toHaveCount(1);

    const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
    await agent.getByRole("link", { name: title }).click();
    await expect(agent).toHaveURL(new RegExp(`${ticketPath}$`));
    await agent.getByRole("radio", { name: "Internal note" }).check();
    await agent.getByLabel("Internal note (staff only)").fill(note);
    await agent.getByRole("button", { name: "Add note" }).click();
    await expect(agent.getByRole("article", { name: /^Internal note by / }).filter({ hasText: note })).toBeVisible();

    await agent.getByRole("radio", { name: "Public reply" }).check();
    await agent.getByLabel("Your reply").fill(reply);
    await agent.getByRole("button", { name: "Send reply" }).click();
    await expect(agent.getByRole("article", { name: /^Reply by / }).filter({ hasText: reply })).toBeVisible();

    await client.goto(ticketPath);
    await expect(client.getByText(reply)).toBeVisible();
    await expect(client.getByText(note)).toHaveCount(0);
    await expect(client.getByText("Internal note")).toHaveCount(0);
    await expect(client.getByRole("radio", { name: "Internal note" })).toHaveCount(0);

    await expectNoAxeViolations(client);
    await client.emulateMedia({ colorScheme: "dark" });
    await expect(client.locator("html")).toHaveClass(/dark/);
    await expectNoAxeViolations(client);

    await agent.reload();
    await expectNoAxeViolations(agent);
    await agent.emulateMedia({ colorScheme: "dark" });
    await expect(agent.locator("html")).toHaveClass(/dark/);
    await expectNoAxeViolations(agent);
  });

  test("a ticket number that is not a number, or not the client's, is not found", async ({ browser }) => {
    const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
    for (const path of ["/tickets/abc", "/tickets/999999"]) {
      await client.goto(path);
      await expect(client.getByRole("heading", { name: "We couldn't find that ticket" })).toBeVisible();
    }
  });
});
