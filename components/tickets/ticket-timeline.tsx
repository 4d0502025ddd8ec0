import { GitMerge, History, Lock } from "lucide-react";
import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { RelativeTime } from "@/components/ui/relative-time";
import type { Timeline, TimelineComment, TimelineEvent } from "@/lib/tickets/queries";
import { TIMELINE_LIMIT } from "@/lib/tickets/schemas";
import { describeEvent } from "@/lib/tickets/timeline-text";

function CommentCard({ comment, now }: { comment: TimelineComment; now: Date }) {
  return (
    <article
      aria-label={comment.isInternal ? `Internal note by ${comment.author.name}` : `Reply by ${comment.author.name}`}
      className={cn(
        "rounded-lg border p-4",
        comment.isInternal
          ? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40"
          : "border-border bg-surface",
      )}
    >
      <header className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-medium">{comment.author.name}</span>
        {comment.author.isStaff && <Badge tone="violet">Staff</Badge>}
        {comment.isInternal && (
          <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            <Lock aria-hidden className="size-3" /> Internal note
          </span>
        )}
        {comment.mergedFromNumber !== null && (
          <span className="inline-flex items-center gap-1 text-xs text-fg-muted">
            <GitMerge aria-hidden className="size-3" /> merged from #{comment.mergedFromNumber}
          </span>
        )}
        <span className="text-fg-muted">
          · <RelativeTime date={comment.createdAt} now={now} />
        </span>
      </header>
      <Markdown>{comment.body}</Markdown>
    </article>
  );
}

function EventLine({ event, now }: { event: TimelineEvent; now: Date }) {
  return (
    <p className="flex items-start gap-2 px-1 text-sm text-fg-muted">
      <History aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        <span className="font-medium text-fg">{event.actorName ?? "Triage"}</span> {describeEvent(event)} ·{" "}
        <RelativeTime date={event.createdAt} now={now} />
      </span>
    </p>
  );
}

/** Replies, internal notes and changes in one chronological list. */
export function TicketTimeline({ timeline, now }: { timeline: Timeline; now: Date }) {
  return (
    <div className="space-y-3">
      {timeline.hasEarlier && (
        <p className="text-sm text-fg-muted">Showing the latest {TIMELINE_LIMIT} entries; older ones are not shown.</p>
      )}
      <ol className="space-y-3">
        {timeline.items.map((item) => (
          <li key={`${item.type}-${item.id}`}>
            {item.type === "comment" ? <CommentCard comment={item} now={now} /> : <EventLine event={item} now={now} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
