import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { applyStatus, inWorkspace, signedInPage } from "./support";

// This spec's own users: no other spec signs in as them.
const CLIENT = "client35@example.com";
const AGENT = "agent2@example.com";

async function postOnTimeline(page: Page, { kind, text }: { kind: "Public reply" | "Internal note" | null; text: string }) {
  if (kind) await page.getByRole("radio", { name: kind }).check();
  await page.getByLabel(kind === "Internal note" ? "Internal note (staff only)" : "Your reply").fill(text);
  await page.getByRole("button", { name: kind === "Internal note" ? "Add note" : "Send reply" }).click();
  await expect(page.getByRole("article").filter({ hasText: text })).toBeVisible();
}

/**
 * The whole story in one go, as two people in two browsers: a client files a ticket; an
 * agent finds it in the Unassigned queue, takes it, writes an internal note and a reply; the
 * client sees the reply but not the note and answers; the agent resolves; the client reopens.
 */
test("a ticket from filing to resolution and back, as the client and the agent see it", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Shared drive is read-only ${stamp}`;
  const note = `Probably the quota script again (${stamp}).`;
  const reply = `We have lifted the lock: can you save now? (${stamp})`;
  const answer = `Yes, saving works again, thanks (${stamp}).`;

  const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  await client.goto(inWorkspace("/tickets/new"));
  await client.getByLabel("Title").fill(title);
  await client.getByRole("radio", { name: /Incident/ }).check();
  await client.getByLabel("Description").fill("Since this morning I cannot save to `S:`.");
  await client.getByRole("button", { name: "File ticket" }).click();
  await expect(client.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const ticketPath = new URL(client.url()).pathname;

  const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await agent.getByRole("link", { name: /^Unassigned/ }).click();
  await expect(agent).toHaveURL(/view=unassigned/);
  await agent.getByRole("link", { name: title }).click();
  await expect(agent).toHaveURL(new RegExp(`${ticketPath}$`));
  await agent.getByRole("button", { name: "Assign to me" }).click();
  await expect(agent.getByRole("listitem").filter({ hasText: /assigned the ticket to/i })).toHaveCount(1);
  await applyStatus(agent, "In progress");
  await postOnTimeline(agent, { kind: "Internal note", text: note });
  await postOnTimeline(agent, { kind: "Public reply", text: reply });

  await client.reload();
  await expect(client.getByText(reply)).toBeVisible();
  await expect(client.getByText(note)).toHaveCount(0);
  await postOnTimeline(client, { kind: null, text: answer });

  await agent.reload();
  await expect(agent.getByRole("article").filter({ hasText: answer })).toBeVisible();
  await applyStatus(agent, "Resolved");

  await client.reload();
  await expect(client.getByText(/You can reopen it until/)).toBeVisible();
  await client.getByRole("button", { name: "Reopen" }).click();
  await client.getByRole("button", { name: "Yes, reopen it" }).click();
  await expect(client.getByText(/reopened\./)).toBeVisible();

  await agent.reload();
  await expect(agent.getByRole("listitem").filter({ hasText: /from Resolved to Open/i })).toHaveCount(1);
});
