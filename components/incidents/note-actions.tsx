"use client";

import { Pencil } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { NoteForm } from "./note-form";

type Version = { id: string; body: string; occurredAt: string; replacedAt: string };

export type NoteActionsProps = {
  incidentNumber: number;
  timeZone: string;
  note: { eventId: string; body: string; occurredAt: string; revision: number };
  /** Whether the actor wrote it and the edit window is still open. */
  isEditable: boolean;
  /** When it was last edited, formatted; null if never. */
  editedAt: string | null;
  /** Its earlier versions, oldest first. */
  history: Version[];
  /** The note as rendered on the server. */
  children: ReactNode;
};

/** A note's text with its "edited" mark and earlier versions, and for its author an Edit button. */
export function NoteActions({ incidentNumber, timeZone, note, isEditable, editedAt, history, children }: NoteActionsProps) {
  const [isEditing, setEditing] = useState(false);
  if (isEditing) {
    return <NoteForm incidentNumber={incidentNumber} timeZone={timeZone} editing={{ ...note, onDone: () => setEditing(false) }} />;
  }
  return (
    <div className="space-y-2">
      {children}
      <div className="flex flex-wrap items-center gap-3 text-xs text-fg-muted">
        {editedAt && (
          <details className="group">
            <summary className="cursor-pointer underline-offset-2 hover:underline">Edited {editedAt}: show earlier versions ({history.length})</summary>
            <ol className="mt-2 space-y-2 border-l-2 border-border pl-3">
              {history.map((version) => (
                <li key={version.id}>
                  <p className="font-medium">
                    At {version.occurredAt}, replaced {version.replacedAt}
                  </p>
                  <p className="whitespace-pre-wrap text-fg">{version.body}</p>
                </li>
              ))}
            </ol>
          </details>
        )}
        {isEditable && (
          <Button variant="ghost" className="h-7 px-2 text-xs" onClick={() => setEditing(true)}>
            <Pencil aria-hidden className="size-3" /> Edit note
          </Button>
        )}
      </div>
    </div>
  );
}
