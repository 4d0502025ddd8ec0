import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_WORKSPACES, northwindTicketCount, upsertDirectory } from "./directory";
import { NORTHWIND_INCIDENT_STORIES } from "./incident-stories";
import { seedIncidents } from "./incidents";
import { seedTickets } from "./seed-tickets";

/**
 * The small second demo workspace, its people, its tickets (a twentieth of the first's) and an
 * incident, unless an earlier run made them. `prisma` and `url` must bypass row-level security,
 * like the loader.
 */
export async function seedNorthwind(options: {
  prisma: PrismaClient;
  url: string;
  passwordHash: string;
  mainTickets: number;
  log: (message: string) => void;
}): Promise<void> {
  const directory = await upsertDirectory(options.prisma, options.passwordHash, DEMO_WORKSPACES.northwind);
  if ((await options.prisma.ticket.count({ where: { workspaceId: directory.workspaceId } })) === 0) {
    const total = northwindTicketCount(options.mainTickets);
    options.log(`Adding ${total.toLocaleString("en-US")} tickets to ${DEMO_WORKSPACES.northwind.name}`);
    await seedTickets({ url: options.url, directory, total, seed: 2, log: options.log });
  }
  await seedIncidents(options.prisma, directory, NORTHWIND_INCIDENT_STORIES);
}
