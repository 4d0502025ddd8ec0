"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Siren } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { MarkdownTextarea } from "@/components/tickets/markdown-textarea";
import { cn } from "@/components/ui/cn";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { declareIncidentAction } from "@/lib/incidents/actions";
import { SEVERITIES, incidentReference } from "@/lib/incidents/labels";
import { declareIncidentSchema } from "@/lib/incidents/schemas";

const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";
const SELECT = "block h-10 w-full rounded-md border border-border bg-surface px-3 text-sm text-fg shadow-xs";

/** "12, #15 18" as ticket numbers; null when a piece is not one. */
function parseTicketNumbers(value: string): number[] | null {
  const pieces = value.split(/[\s,]+/).filter(Boolean);
  const numbers = pieces.map((piece) => Number(piece.replace(/^#/, "")));
  return numbers.every((number) => Number.isInteger(number) && number > 0) ? numbers : null;
}

// The tickets are typed as text; the declaration schema checks the numbers they turn into.
const declareFormSchema = declareIncidentSchema.omit({ ticketNumbers: true }).extend({
  tickets: z.string().refine((value) => parseTicketNumbers(value) !== null, "Write ticket numbers separated by commas, e.g. 12, 15."),
});
type DeclareFormInput = z.input<typeof declareFormSchema>;
type DeclareFormValues = z.output<typeof declareFormSchema>;

export type DeclareIncidentFormProps = {
  severityDescriptions: Record<IncidentSeverity, string>;
  agents: { id: string; name: string }[];
  currentUserId: string;
  /** From a ticket: its title and number, prefilled. */
  defaults: { title: string; tickets: string };
};

/** Declares an incident: title, summary, severity (with what each means here), commander and the tickets it starts with. */
export function DeclareIncidentForm({ severityDescriptions, agents, currentUserId, defaults }: DeclareIncidentFormProps) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const [isDeclared, setIsDeclared] = useState(false);
  const form = useForm<DeclareFormInput, unknown, DeclareFormValues>({
    resolver: zodResolver(declareFormSchema),
    defaultValues: { title: defaults.title, summary: "", severity: "SEV2", commanderId: currentUserId, tickets: defaults.tickets },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ tickets, ...values }) => {
    const result = await callAction(() => declareIncidentAction({ ...values, ticketNumbers: parseTicketNumbers(tickets) ?? [] }));
    if (!result.ok) {
      const { ticketNumbers, ...fieldErrors } = result.fieldErrors ?? {};
      toastFormFailure({ ...result, fieldErrors: ticketNumbers ? { ...fieldErrors, tickets: ticketNumbers } : fieldErrors }, form.setError, () => void onSubmit());
      return;
    }
    setIsDeclared(true);
    toast.success(`${incidentReference(result.data.number)} declared.`);
    router.push(inWorkspace(`/incidents/${result.data.number}`));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <TextField label="Title" autoComplete="off" maxLength={200} error={errors.title?.message} {...form.register("title")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Severity</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SEVERITIES.map((severity) => (
            <label key={severity} className={CHOICE}>
              <input type="radio" value={severity} className="mt-1 accent-accent" {...form.register("severity")} />
              <span>
                <span className="block text-sm font-medium">{severity}</span>
                <span className="block text-sm text-fg-muted">{severityDescriptions[severity]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.severity && <p className="text-sm text-danger">{errors.severity.message}</p>}
      </fieldset>
      <div className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="incident-commander" className="block text-sm font-medium">
            Commander
          </label>
          <select
            id="incident-commander"
            aria-invalid={errors.commanderId ? true : undefined}
            aria-describedby={errors.commanderId ? "incident-commander-error" : undefined}
            className={cn(SELECT, errors.commanderId && "border-danger")}
            {...form.register("commanderId")}
          >
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.id === currentUserId ? `${agent.name} (me)` : agent.name}
              </option>
            ))}
          </select>
          {errors.commanderId && (
            <p id="incident-commander-error" className="text-sm text-danger">
              {errors.commanderId.message}
            </p>
          )}
        </div>
        <TextField
          label="Tickets to link"
          hint="Ticket numbers, separated by commas."
          placeholder="e.g. 12, 15"
          autoComplete="off"
          inputMode="numeric"
          error={errors.tickets?.message}
          {...form.register("tickets")}
        />
      </div>
      <MarkdownTextarea label="Summary" rows={6} error={errors.summary?.message} {...form.register("summary")} />
      {/* After success the form stays disabled while the incident page loads, so it cannot be sent twice. */}
      <SubmitButton icon={Siren} isPending={isSubmitting} disabled={isDeclared} pendingLabel="Declaring…">
        Declare incident
      </SubmitButton>
    </form>
  );
}
