import { History } from "lucide-react";
import { Markdown } from "@/components/markdown/markdown";
import type { IncidentDetail } from "@/lib/incidents/queries";
import { INCIDENT_TIMELINE_LIMIT, NOTE_EDIT_WINDOW_MINUTES } from "@/lib/incidents/schemas";
import { describeIncidentEvent } from "@/lib/incidents/timeline-text";
import { formatIncidentTime, toWallTime } from "@/lib/incidents/wall-time";
import { NoteActions } from "./note-actions";

type Entry = IncidentDetail["timeline"][number];

type TimelineProps = {
  incidentNumber: number;
  timeline: IncidentDetail["timeline"];
  isTruncated: boolean;
  timeZone: string;
  /** Names of the workspace's staff by id, for entries that name someone. */
  names: ReadonlyMap<string, string>;
  currentUserId: string;
  canManage: boolean;
  now: Date;
};

const EDIT_WINDOW_MS = NOTE_EDIT_WINDOW_MINUTES * 60_000;

function When({ at, timeZone }: { at: Date; timeZone: string }) {
  return (
    <time dateTime={at.toISOString()} className="font-mono text-xs whitespace-nowrap text-fg-muted">
      {formatIncidentTime(at, timeZone)}
    </time>
  );
}

function NoteEntry({ entry, props }: { entry: Entry; props: TimelineProps }) {
  const { timeZone } = props;
  const isEditable = props.canManage && entry.actor?.id === props.currentUserId && props.now.getTime() - entry.createdAt.getTime() <= EDIT_WINDOW_MS;
  const isBackdated = entry.createdAt.getTime() - entry.occurredAt.getTime() > 60_000;
  return (
    <article aria-label={`Note by ${entry.actor?.name ?? "someone"}`} className="rounded-lg border border-border bg-surface p-3">
      <header className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <When at={entry.occurredAt} timeZone={timeZone} />
        <span className="font-medium">{entry.actor?.name ?? "Someone"}</span>
        {isBackdated && <span className="text-xs text-fg-muted">written {formatIncidentTime(entry.createdAt, timeZone)}</span>}
      </header>
      <NoteActions
        incidentNumber={props.incidentNumber}
        timeZone={timeZone}
        note={{ eventId: entry.id, body: entry.body ?? "", occurredAt: toWallTime(entry.occurredAt, timeZone), revision: entry.edits.length }}
        isEditable={isEditable}
        editedAt={entry.editedAt ? formatIncidentTime(entry.editedAt, timeZone) : null}
        history={entry.edits.map((edit) => ({
          id: edit.id,
          body: edit.body ?? "",
          occurredAt: formatIncidentTime(edit.occurredAt, timeZone),
          replacedAt: formatIncidentTime(edit.editedAt, timeZone),
        }))}
      >
        <Markdown>{entry.body ?? ""}</Markdown>
      </NoteActions>
    </article>
  );
}

function EventEntry({ entry, props }: { entry: Entry; props: TimelineProps }) {
  const nameOf = (id: string | null) => (id && props.names.get(id)) || "someone";
  return (
    <p className="flex items-start gap-2 px-1 text-sm text-fg-muted">
      <History aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span className="min-w-0 break-words">
        <When at={entry.occurredAt} timeZone={props.timeZone} /> <span className="font-medium text-fg">{entry.actor?.name ?? "Triage"}</span>{" "}
        {describeIncidentEvent(entry, nameOf)}
      </span>
    </p>
  );
}

/** Every entry in the order things happened (a backdated note where it belongs), notes as cards. */
export function IncidentTimeline(props: TimelineProps) {
  return (
    <div className="space-y-3">
      {props.isTruncated && <p className="text-sm text-fg-muted">Showing the latest {INCIDENT_TIMELINE_LIMIT} entries; older ones are not shown.</p>}
      <ol className="space-y-3">
        {props.timeline.map((entry) => (
          <li key={entry.id}>{entry.kind === "NOTE" ? <NoteEntry entry={entry} props={props} /> : <EventEntry entry={entry} props={props} />}</li>
        ))}
      </ol>
    </div>
  );
}
