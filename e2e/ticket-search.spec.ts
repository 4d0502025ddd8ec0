import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_WORKSPACE_SLUG } from "./config";
import { inWorkspace, signedInPage } from "./support";

const CLIENT = "client40@example.com";
const AGENT = "agent3@example.com";
const CSV_HEADER =
  "number,title,status,priority,kind,category,requester,requester email,assignee,created,updated,first response,resolved,due";

test.describe("finding tickets", () => {
  test("staff find a new ticket by queue, word and number, save the search and export it", async ({ browser }) => {
    test.setTimeout(120_000);
    // A made-up word no seeded ticket contains, so the search has exactly one match.
    const word = `quixotic${Date.now().toString(36)}`;
    const title = `Badge reader ${word} rejects every card`;

    const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
    await client.getByRole("link", { name: "New ticket" }).click();
    await client.getByLabel("Title").fill(title);
    await client.getByRole("radio", { name: /Incident/ }).check();
    await client.getByLabel("Description").fill("Since this morning the door stays shut.");
    await client.getByRole("button", { name: "File ticket" }).click();
    await expect(client).toHaveURL(/\/tickets\/\d+$/);
    const number = Number(new URL(client.url()).pathname.split("/").pop());

    const agent = await signedInPage(browser, AGENT, DEMO_PASSWORD);
    const queues = agent.getByRole("navigation", { name: "Queues" });
    await queues.getByRole("link", { name: /^Unassigned \d+$/ }).click();
    await expect(agent).toHaveURL(/\/tickets\?view=unassigned$/);
    await expect(queues.getByRole("link", { name: /^Unassigned \d+$/ })).toHaveAttribute("aria-current", "page");

    const search = agent.getByRole("search").getByLabel("Search tickets");
    await search.fill(word);
    await search.press("Enter");
    await expect(agent).toHaveURL(new RegExp(`[?&]q=${word}`));
    await expect(agent.getByRole("table").getByRole("link", { name: title })).toHaveCount(1);

    await agent.getByLabel("View name").fill(`Badge ${word}`);
    await agent.getByRole("button", { name: "Save view" }).click();
    await expect(agent.getByText(`Saved the view "Badge ${word}".`)).toBeVisible();
    const savedViews = agent.getByRole("region", { name: "Saved views" });
    await expect(savedViews.getByRole("link", { name: `Badge ${word}` })).toBeVisible();

    const downloadStarted = agent.waitForEvent("download");
    await agent.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloadStarted;
    expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${number},${title},`);
    expect(lines[1]).toContain(CLIENT);

    await agent.getByRole("table").getByRole("link", { name: title }).click();
    await expect(agent).toHaveURL(new RegExp(`/tickets/${number}$`));
    await expect(agent.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await agent.goto(inWorkspace("/tickets"));
    await agent.getByRole("search").getByLabel("Search tickets").fill(`#${number}`);
    await agent.getByRole("search").getByLabel("Search tickets").press("Enter");
    await expect(agent).toHaveURL(new RegExp(`/tickets/${number}$`));

    await agent.goto(inWorkspace("/tickets"));
    await savedViews.getByRole("link", { name: `Badge ${word}` }).click();
    await expect(agent.getByRole("table").getByRole("link", { name: title })).toHaveCount(1);
    await savedViews.getByRole("button", { name: `Delete view Badge ${word}` }).click();
    await expect(savedViews.getByRole("link", { name: `Badge ${word}` })).toHaveCount(0);
  });

  test("a client searches only their own tickets and cannot export", async ({ browser }) => {
    const client = await signedInPage(browser, "client41@example.com", DEMO_PASSWORD);
    await expect(client.getByRole("navigation", { name: "Queues" })).toHaveCount(0);
    await expect(client.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    const response = await client.request.get(`/api/w/${E2E_WORKSPACE_SLUG}/tickets/export`);
    expect(response.status()).toBe(404);
    const search = client.getByRole("search").getByLabel("Search tickets");
    await search.fill(`nothing-matches-${Date.now()}`);
    await search.press("Enter");
    await expect(client.getByRole("heading", { name: /^No tickets match/ })).toBeVisible();
  });
});
