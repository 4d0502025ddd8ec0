import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/password-reset/forgot-password-form";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { getRequestContext } from "@/lib/request-context";
import { captchaRequiredForIp } from "@/lib/security/captcha";

export const metadata: Metadata = { title: "Forgot your password?" };

export default async function ForgotPasswordPage() {
  const isCaptchaRequired = await captchaRequiredForIp((await getRequestContext()).ip);
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email address of your account and we'll send you a link to choose a new password."
      footer={<AuthLink href="/sign-in">Back to sign in</AuthLink>}
    >
      <ForgotPasswordForm isCaptchaRequired={isCaptchaRequired} />
    </AuthCard>
  );
}
