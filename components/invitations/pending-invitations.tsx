import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { PENDING_INVITATIONS_SHOWN, type PendingInvitation } from "@/lib/invitations/queries";
import { ResendInvitationButton } from "./resend-invitation-button";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/**
 * The workspace's invitations nobody has accepted yet, newest first, with who sent them and when
 * their link expires; an admin resends or revokes each. Nothing when there are none.
 */
export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="pending-invitations-heading" className="space-y-3">
      <h3 id="pending-invitations-heading" className="text-base font-semibold">
        Pending invitations
        {invitations.length >= PENDING_INVITATIONS_SHOWN && (
          <span className="ml-2 text-sm font-normal text-fg-muted">(the {PENDING_INVITATIONS_SHOWN} newest)</span>
        )}
      </h3>
      <DataTable
        caption="Invitations not accepted yet, newest first"
        columns={[
          { label: "Invited" },
          { label: "Role" },
          { label: "Invited by", className: "hidden md:table-cell" },
          { label: "Expires" },
          { label: "Actions", className: "text-right" },
        ]}
      >
        {invitations.map((invitation) => (
          <tr key={invitation.id} className="align-top hover:bg-surface-muted/50">
            <td className="max-w-64 px-4 py-3">
              <p className="truncate font-medium" title={invitation.email}>{invitation.email}</p>
              <p className="truncate text-fg-muted">{invitation.name}</p>
            </td>
            <td className="px-4 py-3">{ROLE_LABELS[invitation.role]}</td>
            <td className="hidden px-4 py-3 text-fg-muted md:table-cell">{invitation.invitedBy?.name ?? "A former member"}</td>
            <td className="px-4 py-3 whitespace-nowrap">
              {invitation.expiresAt > now ? <RelativeTime date={invitation.expiresAt} now={now} /> : <Badge tone="amber">Expired</Badge>}
            </td>
            <td className="px-4 py-3">
              <div className="flex flex-wrap justify-end gap-2">
                <ResendInvitationButton invitationId={invitation.id} email={invitation.email} />
                <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
