import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/** An inline link between the signed-out pages. */
export function AuthLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-accent underline-offset-2 hover:text-accent-hover hover:underline">
      {children}
    </Link>
  );
}
