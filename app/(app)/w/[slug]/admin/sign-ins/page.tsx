import type { Metadata } from "next";
import { LockedMembers } from "@/components/security/locked-members";
import { SignInAttemptTable } from "@/components/security/sign-in-attempt-table";
import { SignInFilterForm } from "@/components/security/sign-in-filter-form";
import { requirePermission } from "@/lib/auth/session";
import { listFailedSignInsForAdmin } from "@/lib/security/login-attempts";
import { signInAttemptFiltersSchema } from "@/lib/security/schemas";
import { listLockedMembers } from "@/lib/security/unlock";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "Sign-in activity" };

export default async function SignInActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("sign_ins.manage");
  const filters = parseQueryLeniently(signInAttemptFiltersSchema, await searchParams);
  const [lockedMembers, page] = await Promise.all([
    listLockedMembers(actor),
    listFailedSignInsForAdmin(actor, filters),
  ]);

  return (
    <div className="space-y-6">
      <LockedMembers members={lockedMembers} />
      <div>
        <h2 className="text-lg font-semibold">Failed sign-ins</h2>
        <p className="mt-1 text-sm text-fg-muted">
          Attempts on this workspace&apos;s accounts and on emails that have no account, newest first.
        </p>
      </div>
      <SignInFilterForm filters={filters} />
      <SignInAttemptTable page={page} filters={filters} />
    </div>
  );
}
