import type pg from "pg";
import type { Scenario } from "./scenarios";

/**
 * The public status page, as everyone opens it during an outage: no session, the same URL again
 * and again. It is served from each process's cache (lib/status-page/cache.ts), so its figure is
 * the app's rendering alone; there is no SQL to set beside it. The page is turned on for the
 * bench workspace first.
 */
export async function createStatusPageScenarios(pool: pg.Pool, workspace: { id: string; slug: string }): Promise<Scenario[]> {
  await pool.query("UPDATE workspaces SET status_page_enabled = true WHERE id = $1", [workspace.id]);
  return [{ name: "status page (public, cached)", path: () => `/status/${workspace.slug}`, hasPage: true, signedInAs: "anonymous" }];
}
