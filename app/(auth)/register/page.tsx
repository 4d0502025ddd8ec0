import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthLink } from "@/components/auth/auth-link";
import { RegisterForm } from "@/components/registration/register-form";
import { getActor } from "@/lib/auth/session";
import { findRegistrationWorkspace } from "@/lib/registration/queries";
import { getRequestContext } from "@/lib/request-context";
import { captchaRequiredForIp } from "@/lib/security/captcha";
import { REGISTRATION_CLOSED_MESSAGE } from "@/lib/registration/schemas";

export const metadata: Metadata = { title: "Create an account" };

const signInFooter = (
  <>
    Already have an account? <AuthLink href="/sign-in">Sign in</AuthLink>
  </>
);

export default async function RegisterPage() {
  if (await getActor()) redirect("/");
  const workspace = await findRegistrationWorkspace();

  if (workspace?.registrationMode !== "OPEN") {
    return (
      <AuthCard title="Registration is by invitation" description={REGISTRATION_CLOSED_MESSAGE} footer={signInFooter} />
    );
  }
  return (
    <AuthCard
      title="Create your Triage account"
      description={`Send requests to ${workspace.name} and follow their progress.`}
      footer={signInFooter}
    >
      <RegisterForm isCaptchaRequired={await captchaRequiredForIp((await getRequestContext()).ip)} />
    </AuthCard>
  );
}
