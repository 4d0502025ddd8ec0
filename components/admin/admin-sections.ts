import type { Route } from "next";

/** The admin area's pages, in tab order; each adds itself here. */
export const ADMIN_SECTIONS: readonly [{ href: Route; label: string }, ...{ href: Route; label: string }[]] = [
  { href: "/admin/users" as Route, label: "People" },
  { href: "/admin/categories" as Route, label: "Categories" },
  { href: "/admin/sign-ins" as Route, label: "Sign-in activity" },
  { href: "/admin/mailbox" as Route, label: "Mailbox" },
  { href: "/admin/api-keys" as Route, label: "API keys" },
  { href: "/admin/settings" as Route, label: "Settings" },
  { href: "/admin/audit" as Route, label: "Audit log" },
];
