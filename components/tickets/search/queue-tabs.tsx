import { cn } from "@/components/ui/cn";
import type { QueueCounts } from "@/lib/tickets/search/queue-counts";
import type { QueueView } from "@/lib/tickets/search/schemas";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

const TABS: { view: QueueView; label: string; count?: keyof QueueCounts }[] = [
  { view: "unassigned", label: "Unassigned", count: "unassigned" },
  { view: "mine", label: "Mine", count: "mine" },
  { view: "open", label: "Open", count: "open" },
  { view: "waiting", label: "Waiting", count: "waiting" },
  { view: "overdue", label: "Overdue", count: "overdue" },
  { view: "resolved", label: "Recently resolved", count: "resolved" },
  { view: "all", label: "All" },
];

/** The staff queues with their counts; a tab starts a fresh list (no search or filters). */
export function QueueTabs({ current, counts }: { current: QueueView; counts: QueueCounts }) {
  return (
    <nav aria-label="Queues" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-border px-1">
        {TABS.map(({ view, label, count }) => {
          const value = count === undefined ? undefined : counts[count];
          const isActive = view === current;
          const isAlarm = view === "overdue" && value !== undefined && value > 0;
          return (
            <li key={view}>
              <WorkspaceLink
                href={`/tickets?view=${view}`}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm whitespace-nowrap",
                  isActive ? "border-accent font-medium text-fg" : "border-transparent text-fg-muted hover:text-fg",
                )}
              >
                {label}
                {/* A space, so the link's name reads "Unassigned 12" rather than "Unassigned12". */}
                {value !== undefined && " "}
                {value !== undefined && (
                  <span
                    className={cn(
                      "rounded-full px-1.5 text-xs tabular-nums",
                      isAlarm ? "bg-red-100 font-semibold text-red-800 dark:bg-red-950 dark:text-red-200" : "bg-surface-muted",
                    )}
                  >
                    {value.toLocaleString("en")}
                  </span>
                )}
              </WorkspaceLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
