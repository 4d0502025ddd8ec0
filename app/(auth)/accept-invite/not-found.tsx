import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { INVALID_INVITATION_LINK_MESSAGE } from "@/lib/invitations/schemas";

// One page for an unknown, used, revoked or expired link and a disabled account: it tells nothing apart.
export default function InvitationNotFound() {
  return (
    <AuthCard
      title="This invitation does not work"
      description={INVALID_INVITATION_LINK_MESSAGE}
      footer={<AuthLink href="/sign-in">Back to sign in</AuthLink>}
    >
      <p className="mt-4 text-sm">
        Invitation links work once and for seven days, and an administrator can revoke them. Ask yours to send a new one.
        If you already accepted it, sign in.
      </p>
    </AuthCard>
  );
}
