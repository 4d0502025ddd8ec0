import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/sign-in/safe-redirect";
import { getActor } from "@/lib/auth/session";
import { findRegistrationWorkspace } from "@/lib/registration/queries";
import { getRequestContext } from "@/lib/request-context";
import { captchaRequiredForIp } from "@/lib/security/captcha";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  const destination = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getActor()) redirect(destination);
  const workspace = await findRegistrationWorkspace();

  return (
    <AuthCard
      title="Sign in to Triage"
      description="Follow your requests, or work the queue."
      footer={
        workspace?.registrationMode === "OPEN" && (
          <>
            New here? <AuthLink href="/register">Create an account</AuthLink>
          </>
        )
      }
    >
      <SignInForm callbackUrl={destination} isCaptchaRequired={await captchaRequiredForIp((await getRequestContext()).ip)} />
      <p className="mt-4 text-center text-sm">
        <AuthLink href="/forgot-password">Forgot your password?</AuthLink>
      </p>
    </AuthCard>
  );
}
