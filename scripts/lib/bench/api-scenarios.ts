import type { Actor } from "@/lib/auth/actor";
import { listPageSql } from "./scenario-sql";
import type { Scenario } from "./scenarios";

/** Titles of the tickets the bench files through the API. */
const API_TICKET_TITLE = "Bench API incident";

/**
 * The REST API with a service key: the first page of GET /tickets (its SQL: the list's id page),
 * and POST /tickets, each request a new incident (no SQL alone: it is a write).
 */
export function createApiScenarios(serviceAccount: Actor): Scenario[] {
  return [
    { name: "API: GET /tickets", path: () => "/api/v1/tickets", sql: () => listPageSql(serviceAccount, ""), hasPage: true, signedInAs: "api" },
    {
      name: "API: POST /tickets",
      path: () => "/api/v1/tickets",
      postBody: (index) =>
        JSON.stringify({ title: `${API_TICKET_TITLE} ${index}`, description: "Disk usage above 95 % on db-01.", kind: "INCIDENT", priority: "HIGH" }),
      hasPage: true,
      signedInAs: "api",
    },
  ];
}
