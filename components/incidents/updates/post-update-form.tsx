"use client";

import { Megaphone } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { MarkdownTextarea } from "@/components/tickets/markdown-textarea";
import { Button } from "@/components/ui/button";
import type { IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUS_LABELS, allowedTransitions } from "@/lib/incidents/labels";
import { postIncidentUpdateAction } from "@/lib/incidents/updates/actions";
import type { IncidentUpdateAudience } from "@/lib/incidents/updates/queries";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Who a public update reaches, said before it is sent. */
function audienceSentence({ ticketCount, requesterCount }: IncidentUpdateAudience, resolving: number) {
  const reach = `It will be added as a public reply on ${plural(ticketCount, "linked ticket", "linked tickets")} and emailed to ${plural(requesterCount, "requester", "requesters")}`;
  return `${reach}${resolving > 0 ? `, and ${plural(resolving, "ticket", "tickets")} will be resolved` : ""}. This cannot be undone.`;
}

/** Writes an update, chooses its status and who reads it; a public one is confirmed first, naming who it reaches. */
export function PostUpdateForm({ incidentNumber, audience }: { incidentNumber: number; audience: IncidentUpdateAudience }) {
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState("");
  // The choice holds while the incident stays where it was when it was made; once the incident
  // moves (this update, or someone else's change), the form starts again from its new status.
  const [choice, setChoice] = useState<{ status: IncidentStatus; from: IncidentStatus }>({ status: audience.status, from: audience.status });
  const status = choice.from === audience.status ? choice.status : audience.status;
  const [visibility, setVisibility] = useState<IncidentUpdateVisibility>("INTERNAL");
  const [resolveTickets, setResolveTickets] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canResolveTickets = status === "RESOLVED" && visibility === "PUBLIC" && audience.unresolvedTicketCount > 0;
  const resolving = canResolveTickets && resolveTickets ? audience.unresolvedTicketCount : 0;

  async function post() {
    setIsPending(true);
    const result = await callAction(() =>
      postIncidentUpdateAction({ incidentNumber, version: audience.version, body, status, visibility, resolveLinkedTickets: resolving > 0 }),
    );
    setIsPending(false);
    setIsConfirming(false);
    if (!result.ok) {
      setError(result.fieldErrors?.body?.[0] ?? null);
      toastFailure(result, () => void post());
      if ("code" in result && result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success(visibility === "PUBLIC" ? `Update posted; ${plural(result.data.requestersEmailed, "requester", "requesters")} emailed.` : "Internal update posted.");
    setBody("");
    setResolveTickets(false);
    setError(null);
  }

  return (
    <form
      noValidate
      aria-label="Post a status update"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) return setError("Write the update.");
        setError(null);
        if (visibility === "PUBLIC") setIsConfirming(true);
        else void post();
      }}
    >
      <fieldset className="space-y-1.5" disabled={isConfirming || isPending}>
        <legend className="text-sm font-medium">Who may read it</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["INTERNAL", "PUBLIC"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name={`${id}-visibility`} value={value} checked={visibility === value} onChange={() => setVisibility(value)} className="accent-accent" />
              {value === "INTERNAL" ? "Internal (staff only)" : "Public (requesters and status page)"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-status`} className="block text-sm font-medium">
          Status it announces
        </label>
        <select
          id={`${id}-status`}
          value={status}
          disabled={isConfirming || isPending}
          onChange={(event) => setChoice({ status: event.target.value as IncidentStatus, from: audience.status })}
          className="block h-10 w-full max-w-xs rounded-md border border-border bg-surface px-3 text-sm"
        >
          {[audience.status, ...allowedTransitions(audience.status)].map((value) => (
            <option key={value} value={value}>
              {INCIDENT_STATUS_LABELS[value]}
              {value === audience.status ? " (current)" : ""}
            </option>
          ))}
        </select>
      </div>
      <MarkdownTextarea label="Update" rows={4} value={body} error={error ?? undefined} disabled={isConfirming || isPending} onChange={(event) => setBody(event.target.value)} />
      {canResolveTickets && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={resolveTickets} disabled={isConfirming || isPending} onChange={(event) => setResolveTickets(event.target.checked)} className="accent-accent" />
          Also resolve {plural(audience.unresolvedTicketCount, "linked ticket", "linked tickets")} with this message
        </label>
      )}
      {isConfirming ? (
        <div role="alert" className="space-y-3 rounded-md border border-border bg-surface-muted p-3 text-sm">
          <p>{audienceSentence(audience, resolving)}</p>
          <div className="flex gap-2">
            <Button type="button" isPending={isPending} onClick={() => void post()}>
              Post public update
            </Button>
            <Button type="button" variant="ghost" disabled={isPending} onClick={() => setIsConfirming(false)}>
              Back
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" isPending={isPending}>
          <Megaphone aria-hidden className="size-4" /> {visibility === "PUBLIC" ? "Review and post" : "Post update"}
        </Button>
      )}
    </form>
  );
}
