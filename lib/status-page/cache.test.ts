import { describe, expect, it } from "vitest";
import { createStatusPageCache, STATUS_PAGE_CACHE_ENTRIES, STATUS_PAGE_STALE_ON_ERROR_MS, STATUS_PAGE_TTL_MS } from "./cache";
import type { StatusPageData, StatusPageLookup } from "./queries";

const page = (workspaceId: string, title: string) =>
  ({ workspace: { id: workspaceId, name: title, slug: title }, worstSeverity: null, current: [], history: [], timeZone: "UTC", generatedAt: new Date() }) as StatusPageData;

/** A cache over a loader that counts its calls and answers what `answer` says. */
function setUp(answer: (slug: string, call: number) => Promise<StatusPageLookup>) {
  let now = 1_000_000;
  let calls = 0;
  const cache = createStatusPageCache((slug) => answer(slug, ++calls), () => now);
  return { cache, calls: () => calls, advance: (ms: number) => (now += ms) };
}

describe("the status page cache", () => {
  it("reads the database once for many requests at once, and again only after the TTL", async () => {
    const { cache, calls, advance } = setUp(async (slug, call) => ({ workspaceId: "w1", page: page("w1", `${slug}-${call}`) }));
    const answers = await Promise.all(Array.from({ length: 200 }, () => cache.get("acme")));
    expect(calls()).toBe(1);
    expect(new Set(answers.map((answer) => answer?.workspace.name))).toEqual(new Set(["acme-1"]));
    advance(STATUS_PAGE_TTL_MS - 1);
    expect((await cache.get("acme"))?.workspace.name).toBe("acme-1");
    advance(1);
    expect((await cache.get("acme"))?.workspace.name).toBe("acme-2");
    expect(calls()).toBe(2);
  });

  it("reads again at once after the workspace is invalidated, even for a disabled page", async () => {
    let isEnabled = false;
    const { cache, calls } = setUp(async () => ({ workspaceId: "w1", page: isEnabled ? page("w1", "on") : null }));
    expect(await cache.get("acme")).toBeNull();
    isEnabled = true;
    cache.invalidate("another-workspace");
    expect(await cache.get("acme")).toBeNull();
    cache.invalidate("w1");
    expect((await cache.get("acme"))?.workspace.name).toBe("on");
    expect(calls()).toBe(2);
  });

  it("does not keep as fresh a read that began before an invalidation", async () => {
    let release: () => void = () => {};
    const { cache, calls } = setUp((_, call) =>
      call === 2 ? new Promise((resolve) => (release = () => resolve({ workspaceId: "w1", page: page("w1", "old") }))) : Promise.resolve({ workspaceId: "w1", page: page("w1", `read ${call}`) }),
    );
    await cache.get("acme");
    cache.invalidate("w1");
    const inFlight = cache.get("acme");
    cache.invalidate("w1");
    release();
    expect((await inFlight)?.workspace.name).toBe("old");
    expect((await cache.get("acme"))?.workspace.name).toBe("read 3");
    expect(calls()).toBe(3);
  });

  it("serves the last data while the database fails, retrying once per TTL, then gives up", async () => {
    let isDown = false;
    const { cache, calls, advance } = setUp(async (_, call) => {
      if (isDown) throw new Error("connection refused");
      return { workspaceId: "w1", page: page("w1", `read ${call}`) };
    });
    await cache.get("acme");
    isDown = true;
    advance(STATUS_PAGE_TTL_MS);
    expect((await cache.get("acme"))?.workspace.name).toBe("read 1");
    expect((await cache.get("acme"))?.workspace.name).toBe("read 1");
    expect(calls()).toBe(2);
    advance(STATUS_PAGE_STALE_ON_ERROR_MS);
    await expect(cache.get("acme")).rejects.toThrow("connection refused");
  });

  it("fails a first read the database cannot serve, and tries again on the next request", async () => {
    const { cache, calls } = setUp(async (_, call) => {
      if (call === 1) throw new Error("connection refused");
      return { workspaceId: "w1", page: page("w1", "back") };
    });
    await expect(cache.get("acme")).rejects.toThrow("connection refused");
    expect((await cache.get("acme"))?.workspace.name).toBe("back");
    expect(calls()).toBe(2);
  });

  it("keeps a bounded number of slugs, forgetting the oldest", async () => {
    const { cache, calls } = setUp(async () => ({ workspaceId: null, page: null }));
    for (let index = 0; index <= STATUS_PAGE_CACHE_ENTRIES; index += 1) await cache.get(`slug-${index}`);
    expect(calls()).toBe(STATUS_PAGE_CACHE_ENTRIES + 1);
    await cache.get(`slug-${STATUS_PAGE_CACHE_ENTRIES}`);
    expect(calls()).toBe(STATUS_PAGE_CACHE_ENTRIES + 1);
    await cache.get("slug-0");
    expect(calls()).toBe(STATUS_PAGE_CACHE_ENTRIES + 2);
  });
});
