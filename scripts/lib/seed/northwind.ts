import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_WORKSPACES, northwindTicketCount, upsertDirectory } from "./directory";
import { seedTickets } from "./seed-tickets";

/**
 * The small second demo workspace, its people and its tickets (a twentieth of the first's), unless
 * an earlier run made them. `prisma` and `url` must bypass row-level security, like the loader.
 */
export async function seedNorthwind(options: {
  prisma: PrismaClient;
  url: string;
  passwordHash: string;
  mainTickets: number;
  log: (message: string) => void;
}): Promise<void> {
  const directory = await upsertDirectory(options.prisma, options.passwordHash, DEMO_WORKSPACES.northwind);
  if ((await options.prisma.ticket.count({ where: { workspaceId: directory.workspaceId } })) > 0) return;
  const total = northwindTicketCount(options.mainTickets);
  options.log(`Adding ${total.toLocaleString("en-US")} tickets to ${DEMO_WORKSPACES.northwind.name}`);
  await seedTickets({ url: options.url, directory, total, seed: 2, log: options.log });
}
