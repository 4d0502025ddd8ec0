import type { Route } from "next";
import Link from "next/link";
import type { AuditEntryItem } from "@/lib/audit/queries";

type Target = Pick<AuditEntryItem, "targetType" | "targetId" | "targetUserEmail" | "targetTicketNumber">;

/** Where an entry's target lives in the app, or null when it has no page (or is gone). */
function targetLink(target: Target): { href: Route; label: string } | null {
  switch (target.targetType) {
    case "user":
      return target.targetUserEmail
        ? { href: `/admin/users?q=${encodeURIComponent(target.targetUserEmail)}` as Route, label: target.targetUserEmail }
        : null;
    case "ticket":
      return target.targetTicketNumber !== null
        ? { href: `/tickets/${target.targetTicketNumber}` as Route, label: `Ticket #${target.targetTicketNumber}` }
        : null;
    case "category":
      return { href: "/admin/categories" as Route, label: "Category" };
    case "workspace":
      return { href: "/admin/settings" as Route, label: "Workspace settings" };
    default:
      return null;
  }
}

/** The entry's target as a link to it, or its type and id when there is nowhere to go. */
export function AuditTarget({ target }: { target: Target }) {
  const link = targetLink(target);
  if (link) {
    return (
      <Link href={link.href} className="font-medium text-accent hover:underline">
        {link.label}
      </Link>
    );
  }
  return (
    <span className="text-fg-muted" title={target.targetId ?? undefined}>
      {target.targetType}
      {target.targetId && ` ${target.targetId.slice(0, 8)}`}
    </span>
  );
}
