import type { Route } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { buttonClasses } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { InvitationPreview } from "@/lib/invitations/queries";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { JoinWorkspaceButton } from "./join-workspace-button";
import { SignOutToAcceptButton } from "./sign-out-to-accept-button";

const backToSignIn = <AuthLink href="/sign-in">Back to sign in</AuthLink>;

/**
 * What a usable invitation link offers: a new person sets up their account; an existing account
 * signs in first (and comes back here), then joins with one click. Signed in as someone else,
 * they are told so and may sign out.
 */
export function InvitationAcceptance({
  token,
  invitation,
  signedInEmail,
}: {
  token: string;
  invitation: InvitationPreview;
  signedInEmail: string | null;
}) {
  const { email, workspaceName } = invitation;
  const title = `Join ${workspaceName}`;
  const role = ROLE_LABELS[invitation.role];
  if (!invitation.hasAccount) {
    return (
      <AuthCard title={title} description={`Choose a password for ${email} to join as ${role}.`} footer={backToSignIn}>
        <AcceptInvitationForm token={token} name={invitation.name} workspaceSlug={invitation.workspaceSlug} />
      </AuthCard>
    );
  }
  const acceptPath = `/accept-invite?token=${encodeURIComponent(token)}`;
  if (!signedInEmail) {
    return (
      <AuthCard title={title} description={`You are invited as ${role}. ${email} has an account: sign in with it to accept.`}>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(acceptPath)}` as Route} className={buttonClasses("primary", "mt-6 w-full")}>
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }
  if (signedInEmail.toLowerCase() !== email.toLowerCase()) {
    return (
      <AuthCard title={title} description={`This invitation is for ${email}, but you are signed in as ${signedInEmail}.`}>
        <p className="mt-4 text-sm">Sign out, then sign in as {email} to accept it.</p>
        <SignOutToAcceptButton token={token} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} description={`You are invited as ${role}. Join with your account ${email}: no new password needed.`}>
      <JoinWorkspaceButton token={token} workspaceName={workspaceName} />
    </AuthCard>
  );
}
