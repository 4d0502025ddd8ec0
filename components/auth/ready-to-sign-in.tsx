import { CircleCheck } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * The end of a signed-out flow (verified, reset, invitation accepted): what happened, then sign in,
 * to `signInHref` when the flow knows where the person goes next.
 */
export function ReadyToSignIn({ children, signInHref = "/sign-in" }: { children: ReactNode; signInHref?: Route }) {
  return (
    <div role="status" className="mt-6 space-y-4 text-sm">
      <p className="flex gap-2 font-medium">
        <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
        <span>{children}</span>
      </p>
      <Link href={signInHref} className={buttonClasses("primary", "w-full")}>
        Sign in
      </Link>
    </div>
  );
}
