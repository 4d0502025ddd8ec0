import { ChartColumn, Inbox, type LucideIcon, Shield } from "lucide-react";
import type { Route } from "next";
import { NavLink } from "@/components/ui/nav-link";
import { DASHBOARD_ROLES } from "@/lib/dashboard/policy";
import type { Role } from "@/lib/generated/prisma/enums";

type NavItem = { href: Route; label: string; icon: LucideIcon; roles: readonly Role[] | null };

/** Sections of the app; `roles: null` is for everyone signed in. */
const NAV_ITEMS: readonly NavItem[] = [
  { href: "/tickets", label: "Tickets", icon: Inbox, roles: null },
  { href: "/dashboard", label: "Dashboard", icon: ChartColumn, roles: DASHBOARD_ROLES },
  { href: "/admin", label: "Admin", icon: Shield, roles: ["ADMIN"] },
];

export function NavLinks({ role }: { role: Role }) {
  const items = NAV_ITEMS.filter((item) => item.roles === null || item.roles.includes(role));
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      {items.map(({ href, label, icon: Icon }) => (
        <NavLink
          key={href}
          href={href}
          className="inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium"
          activeClassName="bg-accent-soft text-accent"
          inactiveClassName="text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <Icon aria-hidden className="size-4" />
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
