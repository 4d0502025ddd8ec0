"use client";

import { UserPlus, X } from "lucide-react";
import { useId, useState } from "react";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { Button } from "@/components/ui/button";
import { addIncidentResponderAction, removeIncidentResponderAction } from "@/lib/incidents/actions";

export type IncidentRespondersProps = {
  incidentNumber: number;
  responders: { role: string; user: { id: string; name: string } }[];
  agents: { id: string; name: string }[];
  canManage: boolean;
};

const inputClasses = "h-9 w-full min-w-0 rounded-md border border-border bg-surface px-2 text-sm";

/** The other responders with their role labels; staff add one (or relabel) and take one off. */
export function IncidentResponders({ incidentNumber, responders, agents, canManage }: IncidentRespondersProps) {
  const { isPending, run } = useTicketAction();
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState("");
  const id = useId();

  const add = () =>
    run(
      () => addIncidentResponderAction({ incidentNumber, userId, role }),
      (result) => (result.changed ? "Responder added." : "Already a responder with that role."),
    );

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Responders
      </h2>
      {responders.length === 0 ? (
        <p className="text-sm text-fg-muted">No other responders yet.</p>
      ) : (
        <ul className="space-y-1.5">
          {responders.map((responder) => (
            <li key={responder.user.id} className="flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0 break-words">
                <span className="font-medium">{responder.user.name}</span> <span className="text-fg-muted">· {responder.role}</span>
              </span>
              {canManage && (
                <Button
                  variant="ghost"
                  className="h-7 px-2"
                  aria-label={`Remove ${responder.user.name} from the responders`}
                  disabled={isPending}
                  onClick={() => run(() => removeIncidentResponderAction({ incidentNumber, userId: responder.user.id }), () => `${responder.user.name} removed.`)}
                >
                  <X aria-hidden className="size-4" />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form
          className="space-y-2 border-t border-border pt-3"
          aria-label="Add a responder"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label htmlFor={`${id}-user`} className="sr-only">
            Responder
          </label>
          <select id={`${id}-user`} value={userId} onChange={(event) => setUserId(event.target.value)} className={inputClasses}>
            <option value="">Choose someone…</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-role`} className="sr-only">
            Their role
          </label>
          <input
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value)}
            placeholder="Their role, e.g. Database"
            maxLength={60}
            className={inputClasses}
          />
          <Button type="submit" variant="secondary" disabled={!userId || !role.trim()} isPending={isPending}>
            <UserPlus aria-hidden className="size-4" /> Add responder
          </Button>
        </form>
      )}
    </section>
  );
}
