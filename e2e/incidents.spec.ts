import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { fileTicket, inWorkspace, signedInPage } from "./support";

// agent2 runs the incident here; client48 and Northwind's agent check that it does not exist for them.
const AGENT = "agent2@example.com";

const numberOf = (path: string) => Number(path.split("/").pop());

/** Presses `key` until the page reacts: the shortcut listener attaches once the page has hydrated. */
async function pressUntil(page: Page, key: string, expectation: () => Promise<void>) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expectation();
  }).toPass();
}

test("an agent declares an incident from a ticket, links another, moves it on and keeps a corrected, backdated note", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  const stamp = Date.now();
  const other = numberOf(await fileTicket(page, `VPN refuses logins ${stamp}`, "Since 14:00 nobody can connect."));
  const first = numberOf(await fileTicket(page, `Mail server unreachable ${stamp}`, "Outlook says it cannot reach the server."));

  // From the ticket, with the shortcut: the title and the ticket come prefilled.
  await expect(page.getByRole("region", { name: "Incidents" }).getByText("Not part of an incident.")).toBeVisible();
  await pressUntil(page, "i", () => expect(page).toHaveURL(/\/incidents\/new\?ticket=\d+$/, { timeout: 1_000 }));
  await expect(page.getByLabel("Title")).toHaveValue(`Mail server unreachable ${stamp}`);
  await expect(page.getByLabel("Tickets to link")).toHaveValue(String(first));
  await expect(page.getByText("Major: a core feature is broken or badly degraded for many customers.")).toBeVisible();
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Declare incident" }).click();
  await expect(page.getByText("Give the incident a title of at least 3 characters.")).toBeVisible();
  await page.getByLabel("Title").fill(`Mail is down ${stamp}`);
  await page.getByRole("radio", { name: /SEV1/ }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  const incident = numberOf(new URL(page.url()).pathname);
  await expect(page.getByRole("heading", { level: 1, name: `Mail is down ${stamp}` })).toBeVisible();
  await expect(page.getByText(`INC-${incident}`, { exact: true })).toBeVisible();
  const tickets = page.getByRole("region", { name: /Linked tickets/ });
  await expect(tickets.getByRole("link", { name: new RegExp(`#${first} Mail server unreachable`) })).toBeVisible();

  // Link the other report by number.
  await tickets.getByLabel("Ticket number").fill(String(other));
  await tickets.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByText(`Ticket #${other} linked.`)).toBeVisible();
  await expect(tickets.getByRole("link", { name: new RegExp(`#${other} VPN refuses logins`) })).toBeVisible();

  // Move it on: the status and its timestamp.
  const times = page.getByRole("region", { name: /Timestamps/ });
  await expect(times.getByRole("definition").nth(1)).toHaveText("Not yet");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Identified" });
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByText("Status set to Identified.")).toBeVisible();
  await expect(times.getByRole("definition").nth(1)).not.toHaveText("Not yet");
  await expect(page.getByRole("listitem").filter({ hasText: "changed the status from Investigating to Identified" })).toBeVisible();

  // A note about something that happened before the incident was declared goes first.
  await page.getByLabel("What happened").fill("Deploy of v2.3 started");
  await page.getByLabel("When it happened").fill("2026-01-05T14:02");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added to the timeline.")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
  await expect(timeline.first()).toContainText("Deploy of v2.3 started");
  await expect(timeline.first()).toContainText("5 Jan 2026, 14:02");

  // Its author corrects it; the earlier text stays readable.
  await timeline.first().getByRole("button", { name: "Edit note" }).click();
  await page.getByLabel("Note", { exact: true }).fill("Deploy of v2.4 started");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note updated.")).toBeVisible();
  await expect(timeline.first()).toContainText("Deploy of v2.4 started");
  await timeline.first().getByText(/Edited .*: show earlier versions \(1\)/).click();
  await expect(timeline.first().getByText("Deploy of v2.3 started")).toBeVisible();
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);

  // The ticket shows the incident's current status to staff.
  await page.goto(inWorkspace(`/tickets/${first}`));
  const panel = page.getByRole("region", { name: "Incidents" });
  await expect(panel.getByRole("link", { name: `INC-${incident} Mail is down ${stamp}` })).toBeVisible();
  // (The seeded open incident is Identified too, in the select of incidents to link to.)
  await expect(panel.getByRole("listitem").filter({ hasText: `INC-${incident}` }).getByText("Identified", { exact: true })).toBeVisible();

  // The list finds it by severity.
  await page.goto(inWorkspace("/incidents?severity=SEV1"));
  await expect(page.getByRole("link", { name: `INC-${incident} Mail is down ${stamp}` })).toBeVisible();
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);
  await page.goto(inWorkspace("/incidents?severity=SEV4&declaredFrom=2000-01-01&declaredTo=2000-01-31"));
  await expect(page.getByRole("heading", { name: "No incidents match these filters" })).toBeVisible();
});

test("a client and another workspace's agent get not-found for incidents", async ({ browser }) => {
  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await agent.goto(inWorkspace("/incidents/new"));
  await agent.getByLabel("Title").fill(`Printer fleet offline ${Date.now()}`);
  await agent.getByRole("button", { name: "Declare incident" }).click();
  await expect(agent).toHaveURL(/\/incidents\/\d+$/);
  const path = new URL(agent.url()).pathname;

  for (const email of ["client48@example.com", "northwind-agent@example.com"]) {
    const page = await signedInPage(browser, email, DEMO_PASSWORD);
    if (email.startsWith("client")) await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" })).toHaveCount(0);
    for (const url of [path, inWorkspace("/incidents"), inWorkspace("/incidents/new")]) {
      expect((await page.goto(url))?.status(), `${email} ${url}`).toBe(404);
    }
    await page.close();
  }
});
