"use client";

import { Inbox, type LucideIcon, Shield } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { Role } from "@/lib/generated/prisma/enums";

type NavItem = { href: Route; label: string; icon: LucideIcon; roles: readonly Role[] | null };

/** Sections of the app; `roles: null` is for everyone signed in. */
const NAV_ITEMS: readonly NavItem[] = [
  { href: "/tickets", label: "Tickets", icon: Inbox, roles: null },
  { href: "/admin", label: "Admin", icon: Shield, roles: ["ADMIN"] },
];

export function NavLinks({ role }: { role: Role }) {
  const pathname = usePathname();
  const items = NAV_ITEMS.filter((item) => item.roles === null || item.roles.includes(role));
  return (
    <nav aria-label="Main" className="flex items-center gap-1">
      {items.map(({ href, label, icon: Icon }) => {
        const isActive = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={isActive ? "page" : undefined}
            className={cn(
              "inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium",
              isActive ? "bg-accent-soft text-accent" : "text-fg-muted hover:bg-surface-muted hover:text-fg",
            )}
          >
            <Icon aria-hidden className="size-4" />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
