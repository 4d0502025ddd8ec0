import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { ResendVerificationForm } from "@/components/registration/resend-verification-form";

export const metadata: Metadata = { title: "Get a new verification link" };

export default function ResendVerificationPage() {
  return (
    <AuthCard
      title="Get a new verification link"
      description="Enter the email address you registered with. We'll send a new link if it still needs verifying."
      footer={
        <>
          Already have an account? <AuthLink href="/sign-in">Sign in</AuthLink>
        </>
      }
    >
      <ResendVerificationForm />
    </AuthCard>
  );
}
