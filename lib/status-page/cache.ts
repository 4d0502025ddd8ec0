import "server-only";
import type { StatusPageData, StatusPageLookup } from "./queries";

// Why an in-process cache and not Next's: the root layout awaits connection() so that every page
// renders per request with its CSP nonce (app/layout.tsx), which rules out a prerendered or ISR
// page; "use cache" with cacheLife/revalidateTag needs `cacheComponents`, an app-wide switch
// that changes how every page renders; unstable_cache is the legacy API, keeps entries in the
// build's cache folder and gives no say over a failed refresh. Here a visit costs one map
// lookup: at most one set of queries per workspace, per TTL, per server process.

/** How long a page's data is served without asking the database. */
export const STATUS_PAGE_TTL_MS = 5_000;
/** How old data may be and still be served while the database cannot be reached to refresh it. */
export const STATUS_PAGE_STALE_ON_ERROR_MS = 10 * 60_000;
// Unknown and disabled slugs are remembered too, so made-up slugs cost one query each per TTL
// at most; past this many entries the oldest go first.
export const STATUS_PAGE_CACHE_ENTRIES = 1_000;

type Entry = {
  lookup: StatusPageLookup | null;
  /** When `lookup` was read; -Infinity before the first read. */
  fetchedAt: number;
  /** When to read again: the TTL after fetchedAt, or at once after an invalidation. */
  expiresAt: number;
  refresh: Promise<StatusPageData | null> | null;
  /** Goes up with every invalidation: a read that began before one is not kept as fresh. */
  generation: number;
};

type Loader = (slug: string) => Promise<StatusPageLookup>;

export function createStatusPageCache(load: Loader, clock: () => number = Date.now) {
  const entries = new Map<string, Entry>();

  function entryFor(slug: string): Entry {
    const existing = entries.get(slug);
    if (existing) return existing;
    if (entries.size >= STATUS_PAGE_CACHE_ENTRIES) entries.delete(entries.keys().next().value!);
    const entry: Entry = { lookup: null, fetchedAt: Number.NEGATIVE_INFINITY, expiresAt: Number.NEGATIVE_INFINITY, refresh: null, generation: 0 };
    entries.set(slug, entry);
    return entry;
  }

  // One query however many requests miss at once: they all wait for the same refresh.
  function refresh(entry: Entry, slug: string): Promise<StatusPageData | null> {
    if (entry.refresh) return entry.refresh;
    const generation = entry.generation;
    entry.refresh = load(slug).then(
      (lookup) => {
        const now = clock();
        const expiresAt = generation === entry.generation ? now + STATUS_PAGE_TTL_MS : Number.NEGATIVE_INFINITY;
        Object.assign(entry, { lookup, fetchedAt: now, expiresAt, refresh: null });
        return lookup.page;
      },
      (error: unknown) => {
        entry.refresh = null;
        // An outage is when the page matters most: data a few minutes old beats an error page,
        // and the database is asked again after a TTL, not by every visitor meanwhile.
        if (!entry.lookup || clock() - entry.fetchedAt >= STATUS_PAGE_STALE_ON_ERROR_MS) throw error;
        entry.expiresAt = clock() + STATUS_PAGE_TTL_MS;
        return entry.lookup.page;
      },
    );
    return entry.refresh;
  }

  return {
    /** The page's data for `slug`, or null for no page: cached for the TTL, else read once for all who ask. */
    get(slug: string): Promise<StatusPageData | null> {
      const entry = entryFor(slug);
      if (entry.lookup && clock() < entry.expiresAt) return Promise.resolve(entry.lookup.page);
      return refresh(entry, slug);
    },
    /** The next request for the workspace's page reads the database (this process only). */
    invalidate(workspaceId: string) {
      for (const entry of entries.values()) {
        if (entry.lookup?.workspaceId !== workspaceId) continue;
        entry.expiresAt = Number.NEGATIVE_INFINITY;
        entry.generation += 1;
      }
    },
  };
}
