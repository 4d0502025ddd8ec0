import { RelativeTime } from "@/components/ui/relative-time";

type EntryLead = { createdAt: Date; action: string; actor: { name: string; email: string } | null };

/** The first cells of an audit log row, in every log: when, who (or the system), and the action. */
export function AuditEntryCells({ entry, now }: { entry: EntryLead; now: Date }) {
  return (
    <>
      <td className="px-4 py-3 whitespace-nowrap text-fg-muted">
        <RelativeTime date={entry.createdAt} now={now} />
      </td>
      <td className="max-w-48 truncate px-4 py-3" title={entry.actor?.email}>
        {entry.actor?.name ?? <span className="text-fg-muted">System</span>}
      </td>
      <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{entry.action}</td>
    </>
  );
}
