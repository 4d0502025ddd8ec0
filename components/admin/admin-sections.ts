import type { Route } from "next";
import { type Permission, can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

type AdminSection = { href: Route; label: string; permission: Permission };

/** The admin area's pages, in tab order; each adds itself here with the permission its page requires. */
export const ADMIN_SECTIONS: readonly [AdminSection, ...AdminSection[]] = [
  { href: "/admin/users" as Route, label: "People", permission: "members.manage" },
  { href: "/admin/categories" as Route, label: "Categories", permission: "categories.manage" },
  { href: "/admin/sign-ins" as Route, label: "Sign-in activity", permission: "sign_ins.manage" },
  { href: "/admin/mailbox" as Route, label: "Mailbox", permission: "mailbox.read" },
  { href: "/admin/api-keys" as Route, label: "API keys", permission: "api_keys.manage" },
  { href: "/admin/settings" as Route, label: "Settings", permission: "settings.manage" },
  { href: "/admin/audit" as Route, label: "Audit log", permission: "audit.read" },
];

/** The sections `actor` may open: the tabs they see. */
export function adminSectionsFor(actor: { role: Role }): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => can(actor, section.permission));
}
