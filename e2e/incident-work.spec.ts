import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { TEST_CLUSTER, startCluster } from "../scripts/lib/embedded-postgres";
import { DEMO_PASSWORD, E2E_DATABASE, E2E_WORKSPACE_SLUG } from "./config";
import { fileTicket, inWorkspace, signedInPage } from "./support";

// This spec alone files tickets as client13 and client14, so what they see is its own doing.
const ALICE = "client13@example.com";
const BOB = "client14@example.com";

/**
 * Declares an incident commanded by `commanderEmail` linking the tickets at `ticketPaths`, in the
 * database as the app stores a declaration: the declaring UI is tested by its own spec.
 */
async function declareIncident(title: string, commanderEmail: string, ticketPaths: string[]): Promise<number> {
  const cluster = await startCluster(TEST_CLUSTER);
  const client = new pg.Client({ connectionString: cluster.urlFor(E2E_DATABASE) });
  await client.connect();
  try {
    const ticketNumbers = ticketPaths.map((path) => Number(path.split("/").pop()));
    const { rows } = await client.query<{ number: number }>(
      `WITH workspace AS (
         UPDATE workspaces SET incident_number = incident_number + 1 WHERE slug = $1 RETURNING id, incident_number
       ), commander AS (SELECT id FROM users WHERE email = $2),
       incident AS (
         INSERT INTO incidents (workspace_id, number, title, severity, commander_id, declared_by_id)
         SELECT workspace.id, workspace.incident_number, $3, 'SEV2', commander.id, commander.id FROM workspace, commander
         RETURNING id, workspace_id, number, commander_id
       ), declared AS (
         INSERT INTO incident_events (workspace_id, incident_id, kind, actor_id, occurred_at, metadata)
         SELECT workspace_id, id, 'DECLARED', commander_id, now(), '{"severity":"SEV2"}' FROM incident
       ), linked AS (
         INSERT INTO incident_tickets (workspace_id, incident_id, ticket_id)
         SELECT incident.workspace_id, incident.id, tickets.id FROM incident JOIN tickets ON tickets.workspace_id = incident.workspace_id
          WHERE tickets.number = ANY($4::int[])
       )
       SELECT number FROM incident`,
      [E2E_WORKSPACE_SLUG, commanderEmail, title, ticketNumbers],
    );
    return rows[0]!.number;
  } finally {
    await client.end();
  }
}

/** Writes a status update in the panel and posts it, through the confirm step when it is public. */
async function postUpdate(page: Page, { body, status, isPublic, resolveTickets = false }: { body: string; status: string; isPublic: boolean; resolveTickets?: boolean }) {
  const updates = page.getByRole("region", { name: "Status updates" });
  await updates.getByRole("radio", { name: isPublic ? /^Public/ : /^Internal/ }).check();
  await updates.getByLabel("Status it announces").selectOption({ label: status });
  await updates.getByLabel("Update", { exact: true }).fill(body);
  if (resolveTickets) await updates.getByRole("checkbox", { name: /Also resolve 2 linked tickets/ }).check();
  await updates.getByRole("button", { name: isPublic ? "Review and post" : "Post update" }).click();
  if (isPublic) {
    await expect(updates.getByRole("alert")).toContainText("public reply on 2 linked tickets and emailed to 2 requesters");
    await updates.getByRole("button", { name: "Post public update" }).click();
  }
  await expect(updates.getByRole("listitem").filter({ hasText: body })).toBeVisible();
}

test("a task for a colleague, a public update the requesters see on their tickets, resolving them, the review and closing", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const alice = await signedInPage(browser, ALICE, DEMO_PASSWORD);
  const aliceTicket = await fileTicket(alice, `Mail bounces ${stamp}`, "Every email I send comes back.");
  const bob = await signedInPage(browser, BOB, DEMO_PASSWORD);
  const bobTicket = await fileTicket(bob, `No mail since noon ${stamp}`, "My inbox is empty.");
  const incident = await declareIncident(`Mail relay down ${stamp}`, "agent1@example.com", [aliceTicket, bobTicket]);

  const agent = await signedInPage(browser, "agent1@example.com", DEMO_PASSWORD);
  await agent.goto(inWorkspace(`/incidents/${incident}`));
  const tasks = agent.getByRole("region", { name: /^Tasks/ });
  await tasks.getByLabel("New task").fill("Fail over the mail relay");
  await tasks.getByLabel("Owner").selectOption({ label: "Maria Santos" });
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("listitem").filter({ hasText: "Fail over the mail relay" })).toContainText("Maria Santos");
  expect((await new AxeBuilder({ page: agent }).include("main").analyze()).violations).toEqual([]);

  const cause = `The relay disk is full ${stamp}`;
  await postUpdate(agent, { body: cause, status: "Identified", isPublic: true });
  await alice.goto(aliceTicket);
  await expect(alice.getByText(cause)).toBeVisible();
  await bob.goto(bobTicket);
  await expect(bob.getByText(cause)).toBeVisible();

  const fixed = `Mail flows again ${stamp}`;
  await postUpdate(agent, { body: fixed, status: "Resolved", isPublic: true, resolveTickets: true });
  await bob.reload();
  await expect(bob.getByText(fixed)).toBeVisible();
  await expect(bob.getByText("Resolved").first()).toBeVisible();

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
});
