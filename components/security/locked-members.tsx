import { Lock } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { LockedMember } from "@/lib/security/unlock";
import { UnlockButton } from "./unlock-button";

/** Accounts locked right now after repeated failures; shown only when there are any. */
export function LockedMembers({ members }: { members: LockedMember[] }) {
  if (members.length === 0) return null;
  const now = new Date();
  return (
    <section aria-labelledby="locked-members-heading" className="rounded-lg border border-amber-200 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/40">
      <h2 id="locked-members-heading" className="flex items-center gap-2 text-sm font-semibold">
        <Lock aria-hidden className="size-4" /> Locked accounts
      </h2>
      <p className="mt-1 text-sm text-fg-muted">
        Locked after too many failed sign-ins; they unlock by themselves when the time is up.
      </p>
      <ul className="mt-3 divide-y divide-border">
        {members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 py-2.5">
            <div className="min-w-0">
              <p className="truncate font-medium">{member.name}</p>
              <p className="truncate text-sm text-fg-muted">
                {member.email} · unlocks {member.lockedUntil ? <RelativeTime date={member.lockedUntil} now={now} /> : "now"}
              </p>
            </div>
            <UnlockButton userId={member.id} name={member.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
