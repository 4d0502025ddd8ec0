import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/password-reset/reset-password-form";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { isPasswordResetTokenUsable } from "@/lib/password-reset/queries";
import { INVALID_RESET_LINK_MESSAGE, resetTokenSchema } from "@/lib/password-reset/schemas";

export const metadata: Metadata = { title: "Choose a new password" };

const backToSignIn = <AuthLink href="/sign-in">Back to sign in</AuthLink>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = resetTokenSchema.safeParse(await searchParams);
  // Only looks the token up: opening the link must not spend it, since mail scanners open links.
  const token = parsed.success && (await isPasswordResetTokenUsable(parsed.data.token)) ? parsed.data.token : null;

  if (!token) {
    return (
      <AuthCard title="This link does not work" description={INVALID_RESET_LINK_MESSAGE} footer={backToSignIn}>
        <p className="mt-4 text-sm">
          Reset links work once and for one hour. <AuthLink href="/forgot-password">Request a new link</AuthLink>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="You will be signed out everywhere." footer={backToSignIn}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
