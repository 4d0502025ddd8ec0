import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { VerifyEmailForm } from "@/components/registration/verify-email-form";
import { isVerificationTokenUsable } from "@/lib/registration/queries";
import { INVALID_VERIFICATION_LINK_MESSAGE, verifyEmailSchema } from "@/lib/registration/schemas";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = verifyEmailSchema.safeParse(await searchParams);
  // Only looks the token up: opening the link must not spend it (see VerifyEmailForm).
  const token = parsed.success && (await isVerificationTokenUsable(parsed.data.token)) ? parsed.data.token : null;

  if (!token) {
    return (
      <AuthCard
        title="This link does not work"
        description={INVALID_VERIFICATION_LINK_MESSAGE}
        footer={
          <>
            Already verified? <AuthLink href="/sign-in">Sign in</AuthLink>
          </>
        }
      >
        <p className="mt-4 text-sm">
          Verification links work once and for 24 hours. <AuthLink href="/verify-email/resend">Request a new link</AuthLink>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Verify your email"
      description="Confirm that this email address is yours to finish creating your account."
      footer={
        <>
          Already have an account? <AuthLink href="/sign-in">Sign in</AuthLink>
        </>
      }
    >
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
