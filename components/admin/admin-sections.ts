import { type Permission, can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/** `href` is inside the workspace (workspacePath makes it a URL). */
type AdminSection = { href: string; label: string; permission: Permission };

/** The admin area's pages, in tab order; each adds itself here with the permission its page requires. */
export const ADMIN_SECTIONS: readonly [AdminSection, ...AdminSection[]] = [
  { href: "/admin/users", label: "People", permission: "members.manage" },
  { href: "/admin/categories", label: "Categories", permission: "categories.manage" },
  { href: "/admin/sign-ins", label: "Sign-in activity", permission: "sign_ins.manage" },
  { href: "/admin/mailbox", label: "Mailbox", permission: "mailbox.read" },
  { href: "/admin/api-keys", label: "API keys", permission: "api_keys.manage" },
  { href: "/admin/settings", label: "Settings", permission: "settings.manage" },
  { href: "/admin/incidents", label: "Incidents", permission: "settings.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
];

/** The sections `actor` may open: the tabs they see. */
export function adminSectionsFor(actor: { role: Role }): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => can(actor, section.permission));
}
