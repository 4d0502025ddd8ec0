import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { findUsableInvitation } from "@/lib/invitations/queries";
import { INVALID_INVITATION_LINK_MESSAGE, invitationTokenSchema } from "@/lib/invitations/schemas";

export const metadata: Metadata = { title: "Accept your invitation" };

const backToSignIn = <AuthLink href="/sign-in">Back to sign in</AuthLink>;

export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = invitationTokenSchema.safeParse(await searchParams);
  // Only looks the token up: opening the link must not spend it, since mail scanners open links.
  const invitation = parsed.success ? await findUsableInvitation(parsed.data.token) : null;

  if (!parsed.success || !invitation) {
    return (
      <AuthCard title="This invitation does not work" description={INVALID_INVITATION_LINK_MESSAGE} footer={backToSignIn}>
        <p className="mt-4 text-sm">
          Invitation links work once and for seven days. Ask your administrator to send a new one. If you already accepted
          it, sign in with the password you chose.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={`Join ${invitation.workspaceName}`}
      description={`Choose a password for ${invitation.email} to finish setting up your account.`}
      footer={backToSignIn}
    >
      <AcceptInvitationForm token={parsed.data.token} name={invitation.name} />
    </AuthCard>
  );
}
