import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  const destination = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getActor()) redirect(destination);

  return (
    <div className="rounded-xl border border-border bg-surface p-6 shadow-sm sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to Triage</h1>
      <p className="mt-1 text-sm text-fg-muted">Follow your requests, or work the queue.</p>
      <SignInForm callbackUrl={destination} />
    </div>
  );
}
