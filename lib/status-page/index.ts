import "server-only";
import { couldBeWorkspaceSlug } from "@/lib/workspaces/paths";
import { createStatusPageCache } from "./cache";
import { findStatusPage } from "./queries";

// One cache per process, kept on globalThis for the reason lib/db.ts keeps its client there: the
// build puts this module in several chunks (pages, actions), and an invalidation from an action
// must reach the cache the page reads.
const globalForStatusPage = globalThis as unknown as { statusPageCache?: ReturnType<typeof createStatusPageCache> };
const cache = (globalForStatusPage.statusPageCache ??= createStatusPageCache((slug) => findStatusPage(slug)));

/**
 * The public status page at `slug` (null: 404), from the process's cache. Public: no actor.
 * Another server process sees a change within STATUS_PAGE_TTL_MS.
 */
export async function getStatusPage(slug: string) {
  // A slug no workspace could have is answered without a query or a cache entry.
  if (!couldBeWorkspaceSlug(slug)) return null;
  return cache.get(slug);
}

/** Call after anything the page shows changed (a public update, the page switched on or off). */
export function invalidateStatusPage(workspaceId: string): void {
  cache.invalidate(workspaceId);
}
