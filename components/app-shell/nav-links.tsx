import { ChartColumn, Inbox, type LucideIcon, Shield, Siren } from "lucide-react";
import { NavLink } from "@/components/ui/nav-link";
import { adminSectionsFor } from "@/components/admin/admin-sections";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { workspacePath } from "@/lib/workspaces/paths";

type NavItem = { href: string; label: string; icon: LucideIcon; isShownTo: (actor: { role: Role }) => boolean };

/** Sections of the app, each shown to whoever its page lets in (the same permission). */
const NAV_ITEMS: readonly NavItem[] = [
  { href: "/tickets", label: "Tickets", icon: Inbox, isShownTo: () => true },
  { href: "/incidents", label: "Incidents", icon: Siren, isShownTo: (actor) => can(actor, "incidents.read") },
  { href: "/dashboard", label: "Dashboard", icon: ChartColumn, isShownTo: (actor) => can(actor, "dashboard.view") },
  { href: "/admin", label: "Admin", icon: Shield, isShownTo: (actor) => adminSectionsFor(actor).length > 0 },
];

export function NavLinks({ role, workspaceSlug }: { role: Role; workspaceSlug: string }) {
  const items = NAV_ITEMS.filter((item) => item.isShownTo({ role }));
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      {items.map(({ href, label, icon: Icon }) => (
        <NavLink
          key={href}
          href={workspacePath(workspaceSlug, href)}
          className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium sm:px-3"
          activeClassName="bg-accent-soft text-accent"
          inactiveClassName="text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <Icon aria-hidden className="size-4" />
          {/* On a phone the icons alone fit beside the workspace switcher; the name stays for screen readers. */}
          <span className="sr-only sm:not-sr-only">{label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
