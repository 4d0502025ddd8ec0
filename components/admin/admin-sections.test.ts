import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { ADMIN_SECTIONS, adminSectionsFor } from "./admin-sections";

/** A section's page file: app/(app)/w/[slug]/admin/<section>/page.tsx, or the (list) group's page. */
function pageSource(href: string): string {
  const folder = path.join(process.cwd(), "app/(app)/w/[slug]", href);
  const page = [path.join(folder, "page.tsx"), path.join(folder, "(list)/page.tsx")].find((candidate) => existsSync(candidate));
  if (!page) throw new Error(`No page for ${href}`);
  return readFileSync(page, "utf8");
}

describe("the admin sections", () => {
  it.each(ADMIN_SECTIONS)("guard the $label page with the permission its tab is shown for", ({ href, permission }) => {
    expect(pageSource(href)).toContain(`requirePermission("${permission}")`);
  });

  it("shows an admin every tab and everyone else none, as the permission table says", () => {
    expect(adminSectionsFor({ role: Role.ADMIN })).toEqual([...ADMIN_SECTIONS]);
    for (const role of [Role.CLIENT, Role.AGENT, Role.MANAGER]) expect(adminSectionsFor({ role })).toEqual([]);
  });
});
