import { NavLink } from "@/components/ui/nav-link";
import type { Role } from "@/lib/generated/prisma/enums";
import { workspacePath } from "@/lib/workspaces/paths";
import { adminSectionsFor } from "./admin-sections";

export function AdminTabs({ role, workspaceSlug }: { role: Role; workspaceSlug: string }) {
  return (
    <nav aria-label="Administration" className="flex gap-1 overflow-x-auto border-b border-border">
      {adminSectionsFor({ role }).map(({ href, label }) => (
        <NavLink
          key={href}
          href={workspacePath(workspaceSlug, href)}
          className="-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap"
          activeClassName="border-accent text-accent"
          inactiveClassName="border-transparent text-fg-muted hover:text-fg"
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
