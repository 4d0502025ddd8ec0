import type { AuditEntryItem } from "@/lib/audit/queries";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

type Target = Pick<AuditEntryItem, "targetType" | "targetId" | "targetUserEmail" | "targetTicketNumber">;

/** Where an entry's target lives in the app, or null when it has no page (or is gone). */
function targetLink(target: Target): { href: string; label: string } | null {
  switch (target.targetType) {
    case "user":
      return target.targetUserEmail
        ? { href: `/admin/users?q=${encodeURIComponent(target.targetUserEmail)}`, label: target.targetUserEmail }
        : null;
    case "ticket":
      return target.targetTicketNumber !== null
        ? { href: `/tickets/${target.targetTicketNumber}`, label: `Ticket #${target.targetTicketNumber}` }
        : null;
    case "invitation":
      return { href: "/admin/users", label: "Invitation" };
    case "category":
      return { href: "/admin/categories", label: "Category" };
    case "workspace":
      return { href: "/admin/settings", label: "Workspace settings" };
    default:
      return null;
  }
}

/** The entry's target as a link to it, or its type and id when there is nowhere to go. */
export function AuditTarget({ target }: { target: Target }) {
  const link = targetLink(target);
  if (link) {
    return (
      <WorkspaceLink href={link.href} className="font-medium text-accent hover:underline">
        {link.label}
      </WorkspaceLink>
    );
  }
  return (
    <span className="text-fg-muted" title={target.targetId ?? undefined}>
      {target.targetType}
      {target.targetId && ` ${target.targetId.slice(0, 8)}`}
    </span>
  );
}
