import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { TEST_CLUSTER, startCluster } from "../scripts/lib/embedded-postgres";
import { DEMO_PASSWORD, E2E_DATABASE, E2E_WORKSPACE_SLUG } from "./config";
import { fileTicket, inWorkspace, signedInPage } from "./support";

// This spec alone files tickets as client13, client14 and client16, so what they see is its own doing.
const REQUESTERS = ["client13@example.com", "client14@example.com", "client16@example.com"];

/** Runs `sql` on the e2e database: to turn the status page on and to count the outbox's emails. */
async function query<Row extends object>(sql: string, values: unknown[]): Promise<Row[]> {
  const cluster = await startCluster(TEST_CLUSTER);
  const client = new pg.Client({ connectionString: cluster.urlFor(E2E_DATABASE) });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** How many update emails each requester has been sent about tickets whose titles carry `stamp`. */
async function updateEmailsPerRequester(stamp: number): Promise<number[]> {
  const rows = await query<{ to: string; count: string }>(
    `SELECT "to", count(*) AS count FROM email_messages WHERE template = 'incident-update-posted' AND text LIKE $1 GROUP BY "to"`,
    [`%${stamp}%`],
  );
  return REQUESTERS.map((email) => Number(rows.find((row) => row.to === email)?.count ?? 0));
}

/** Writes a status update in the panel and posts it, through the confirm step when it is public. */
async function postUpdate(page: Page, { body, status, isPublic, resolveTickets = false }: { body: string; status: string; isPublic: boolean; resolveTickets?: boolean }) {
  const reach = REQUESTERS.length;
  const updates = page.getByRole("region", { name: "Status updates" });
  await updates.getByRole("radio", { name: isPublic ? /^Public/ : /^Internal/ }).check();
  await updates.getByLabel("Status it announces").selectOption({ label: status });
  await updates.getByLabel("Update", { exact: true }).fill(body);
  if (resolveTickets) await updates.getByRole("checkbox", { name: new RegExp(`Also resolve ${reach} linked tickets`) }).check();
  await updates.getByRole("button", { name: isPublic ? "Review and post" : "Post update" }).click();
  if (isPublic) {
    await expect(updates.getByRole("alert")).toContainText(`public reply on ${reach} linked tickets and emailed to ${reach} requesters`);
    await updates.getByRole("button", { name: "Post public update" }).click();
  }
  await expect(updates.getByRole("listitem").filter({ hasText: body })).toBeVisible();
}

// The story issue 15 asks for, as a newcomer would do it from the UI.
test("an agent declares a SEV2 from a ticket and runs it to a public resolution; a manager reviews it and finds it from the dashboard", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await query("UPDATE workspaces SET status_page_enabled = true WHERE slug = $1", [E2E_WORKSPACE_SLUG]);
  const requesters: Page[] = [];
  const tickets: string[] = [];
  for (const [index, email] of REQUESTERS.entries()) {
    const requester = await signedInPage(browser, email, DEMO_PASSWORD);
    requesters.push(requester);
    tickets.push(await fileTicket(requester, `Mail trouble ${index + 1} ${stamp}`, "My email does not arrive."));
  }

  // Declared from the first report; the declarer commands it. Then the other two are linked.
  const agent = await signedInPage(browser, "agent1@example.com", DEMO_PASSWORD);
  await agent.goto(tickets[0]!);
  await agent.getByRole("link", { name: "Declare incident from this ticket" }).click();
  await agent.getByLabel("Title").fill(`Mail relay down ${stamp}`);
  await agent.getByRole("radio", { name: /SEV2/ }).check();
  await agent.getByRole("button", { name: "Declare incident" }).click();
  await expect(agent).toHaveURL(/\/incidents\/\d+$/);
  const incident = new URL(agent.url()).pathname.split("/").pop();
  const linked = agent.getByRole("region", { name: /Linked tickets/ });
  for (const path of tickets.slice(1)) {
    const number = path.split("/").pop()!;
    await linked.getByLabel("Ticket number").fill(number);
    await linked.getByRole("button", { name: "Link", exact: true }).click();
    await expect(agent.getByText(`Ticket #${number} linked.`)).toBeVisible();
  }
  // The whole page while the toast shows: its colours pass too.
  expect((await new AxeBuilder({ page: agent }).analyze()).violations).toEqual([]);

  // A task for a colleague, and a note dated when the trouble began.
  const tasks = agent.getByRole("region", { name: /^Tasks/ });
  await tasks.getByLabel("New task").fill("Fail over the mail relay");
  await tasks.getByLabel("Owner").selectOption({ label: "Maria Santos" });
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("listitem").filter({ hasText: "Fail over the mail relay" })).toContainText("Maria Santos");
  await agent.getByLabel("What happened").fill("Relay queue started growing");
  await agent.getByLabel("When it happened").fill("2026-01-05T14:02");
  await agent.getByRole("button", { name: "Add note" }).click();
  await expect(agent.getByRole("region", { name: "Timeline" }).getByRole("listitem").first()).toContainText("Relay queue started growing");
  expect((await new AxeBuilder({ page: agent }).include("main").analyze()).violations).toEqual([]);

  // A public update: one email per requester, a reply on each ticket, and the status page, signed out.
  const cause = `The relay disk is full ${stamp}`;
  await postUpdate(agent, { body: cause, status: "Identified", isPublic: true });
  expect(await updateEmailsPerRequester(stamp)).toEqual([1, 1, 1]);
  for (const [index, requester] of requesters.entries()) {
    await requester.goto(tickets[index]!);
    await expect(requester.getByText(cause)).toBeVisible();
  }
  const visitor = await browser.newPage();
  // Another server process may serve its cached copy for up to 5 seconds.
  await expect(async () => {
    await visitor.goto(`/status/${E2E_WORKSPACE_SLUG}`);
    await expect(visitor.getByText(cause)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(visitor.getByText("Maria Santos")).toHaveCount(0);

  // Resolved, with its tickets.
  const fixed = `Mail flows again ${stamp}`;
  await postUpdate(agent, { body: fixed, status: "Resolved", isPublic: true, resolveTickets: true });
  const last = requesters.at(-1)!;
  await last.reload();
  await expect(last.getByText(fixed)).toBeVisible();
  await expect(last.getByText("Resolved").first()).toBeVisible();

  // The manager writes the review, closes the incident and finds it from the dashboard.
  const manager = await signedInPage(browser, "manager@example.com", DEMO_PASSWORD);
  await manager.goto(inWorkspace(`/incidents/${incident}`));
  const review = manager.getByRole("region", { name: "Post-incident review" });
  await review.getByLabel("Impact").fill("Mail was late for two hours.");
  await review.getByLabel("Root cause").fill("The relay disk filled up with logs");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByText("The relay disk filled up with logs")).toBeVisible();
  await review.getByRole("button", { name: "Close the incident" }).click();
  await expect(manager.getByText("Incident closed.")).toBeVisible();
  await expect(review.getByRole("button", { name: "Close the incident" })).toBeHidden();
  expect((await new AxeBuilder({ page: manager }).include("main").analyze()).violations).toEqual([]);

  await manager.goto(inWorkspace("/dashboard?range=30d"));
  const incidents = manager.getByRole("region", { name: "Incidents" });
  await incidents.getByRole("button", { name: "Show as table" }).click();
  await incidents.getByRole("row", { name: /^SEV2/ }).getByRole("link").first().click();
  await expect(manager.getByRole("link", { name: new RegExp(`Mail relay down ${stamp}`) })).toBeVisible();
});
