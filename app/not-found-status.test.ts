import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Once a loading.tsx (or any Suspense boundary) above a page has streamed its shell, the status
// is sent: notFound() then renders the not-found page under HTTP 200. A page that answers "not
// found" for a record must therefore resolve it above every boundary. These checks read the
// route tree, since only a running server shows the status itself.

const APP = path.resolve("app");

/** Every page under app/ that calls notFound() itself. */
function pagesCallingNotFound(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pagesCallingNotFound(full);
    return entry.name === "page.tsx" && /\bnotFound\(\)/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** The folders from app/ down to the page's own. */
function segmentsAbove(page: string): string[] {
  const parts = path.relative(APP, path.dirname(page)).split(path.sep).filter(Boolean);
  return [APP, ...parts.map((_, i) => path.join(APP, ...parts.slice(0, i + 1)))];
}

describe("pages that answer not found", () => {
  const pages = pagesCallingNotFound();

  it("include the ticket page, the mailbox message page and the incident pages", () => {
    const inWorkspace = (...segments: string[]) => path.join("(app)", "w", "[slug]", ...segments, "page.tsx");
    expect(pages.map((page) => path.relative(APP, page))).toEqual(
      expect.arrayContaining([inWorkspace("tickets", "[number]"), inWorkspace("admin", "mailbox", "[id]"), inWorkspace("incidents", "[number]")]),
    );
  });

  it.each(pages.map((page) => [path.relative(APP, page), page]))("%s resolves its record above every loading boundary", (_name, page) => {
    for (const segment of segmentsAbove(page)) {
      expect(existsSync(path.join(segment, "loading.tsx")), `${path.relative(APP, segment) || "app"}/loading.tsx`).toBe(false);
      const layout = path.join(segment, "layout.tsx");
      if (existsSync(layout)) expect(readFileSync(layout, "utf8"), path.relative(APP, layout)).not.toMatch(/Suspense/);
    }
    const source = readFileSync(page, "utf8");
    const boundary = source.indexOf("<Suspense");
    if (boundary >= 0) expect(source.indexOf("notFound()")).toBeLessThan(boundary);
  });
});
