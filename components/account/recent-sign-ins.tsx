import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { describeSignInReason } from "@/lib/security/sign-in-reasons";

type SignIn = {
  id: string;
  ip: string | null;
  userAgent: string | null;
  outcome: "SUCCEEDED" | "FAILED";
  reason: string;
  createdAt: Date;
};

/** The user's latest sign-in attempts, so they can spot one that was not theirs. */
export function RecentSignIns({ signIns }: { signIns: SignIn[] }) {
  if (signIns.length === 0) return <p className="text-sm text-fg-muted">No sign-ins recorded yet.</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-border text-sm">
      {signIns.map((signIn) => (
        <li key={signIn.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2.5">
          <Badge tone={signIn.outcome === "SUCCEEDED" ? "green" : "red"}>{describeSignInReason(signIn.reason)}</Badge>
          <span className="font-mono text-xs">{signIn.ip ?? "unknown address"}</span>
          <span className="min-w-0 flex-1 truncate text-fg-muted" title={signIn.userAgent ?? undefined}>
            {signIn.userAgent ?? "unknown browser"}
          </span>
          <span className="text-fg-muted">
            <RelativeTime date={signIn.createdAt} now={now} />
          </span>
        </li>
      ))}
    </ul>
  );
}
