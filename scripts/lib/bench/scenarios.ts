import type { Actor } from "@/lib/auth/actor";
import { workspacePath } from "@/lib/workspaces/paths";
import { createRandom } from "../seed/random";
import type { SqlQuery } from "./scenario-sql";

export type Scenario = {
  name: string;
  /** The page for the index-th request; the SQL below takes the same parameters. */
  path(index: number): string;
  /** The page's main read alone, for the same index; none for a write. */
  sql?(index: number): SqlQuery;
  /** A JSON body to POST to `path` instead of getting it (expects 201). */
  postBody?(index: number): string;
  /** When false, the scenario is measured as SQL only (a query every list page also runs). */
  hasPage: boolean;
  /** Who asks: the queue's agent or the manager (session cookies), an API key, or nobody. */
  signedInAs: "agent" | "manager" | "api" | "anonymous";
};

export type SqlBuilders = {
  listPageSql(actor: Actor, query: string): SqlQuery;
  queueCountsSql(actor: Actor): SqlQuery;
  ticketPageSql(actor: Actor, number: number): SqlQuery;
};

export type SearchTerms = { common: string; rare: string };

const listScenario = (name: string, query: string, actor: Actor, sql: SqlBuilders): Scenario => ({
  name,
  path: () => workspacePath(actor.workspaceSlug, `/tickets?${query}`),
  sql: () => sql.listPageSql(actor, query),
  hasPage: true,
  signedInAs: "agent",
});

/**
 * The scenarios: the staff queue's default view, a filtered and sorted view, a search
 * for a common and for a rare word, and ticket pages at numbers drawn evenly from the seeded
 * range (the same number for the index-th request over HTTP and over SQL).
 */
export function createScenarios(actor: Actor, sql: SqlBuilders, terms: SearchTerms, numbers: { min: number; max: number }): Scenario[] {
  const random = createRandom(2026);
  const ticketNumbers = Array.from({ length: 4096 }, () => random.int(numbers.min, numbers.max));
  const numberAt = (index: number) => ticketNumbers[index % ticketNumbers.length]!;
  return [
    listScenario("queue: open (default)", "view=open", actor, sql),
    listScenario("queue: open, HIGH, by due", "view=open&priority=HIGH&sort=due", actor, sql),
    listScenario(`search: common "${terms.common}"`, `q=${encodeURIComponent(terms.common)}`, actor, sql),
    listScenario(`search: rare "${terms.rare}"`, `q=${encodeURIComponent(terms.rare)}`, actor, sql),
    { name: "ticket page", path: (index) => workspacePath(actor.workspaceSlug, `/tickets/${numberAt(index)}`), sql: (index) => sql.ticketPageSql(actor, numberAt(index)), hasPage: true, signedInAs: "agent" },
    { name: "queue counts (on every list page)", path: () => "", sql: () => sql.queueCountsSql(actor), hasPage: false, signedInAs: "agent" },
  ];
}
