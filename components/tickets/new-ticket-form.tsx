"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/text-field";
import { TicketKind, TicketPriority } from "@/lib/generated/prisma/enums";
import { createTicketAction } from "@/lib/tickets/actions";
import { KIND_LABELS, PRIORITY_LABELS } from "@/lib/tickets/labels";
import { newRequestKey } from "@/lib/tickets/request-key";
import { type CreateTicketInput, createTicketSchema } from "@/lib/tickets/schemas";
import { MarkdownTextarea } from "./markdown-textarea";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

const KIND_HINTS: Record<TicketKind, string> = {
  INCIDENT: "Something is broken or not working as it should.",
  REQUEST: "You need something: access, a change, new equipment.",
  QUESTION: "You want to know how or why.",
};
const CHOICE = "flex gap-3 rounded-md border border-border p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft";
const SELECT = "block h-10 w-full rounded-md border bg-surface px-3 text-sm text-fg shadow-xs";

type Props = {
  categories: { id: string; name: string }[];
  /** Staff may file urgent tickets; clients choose up to High. */
  canChooseUrgent: boolean;
};

export function NewTicketForm({ categories, canChooseUrgent }: Props) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  // One key per form mount: every submit of this form, repeated or retried, files the same ticket.
  const [requestKey] = useState(newRequestKey);
  const [isFiled, setIsFiled] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateTicketInput>({
    resolver: zodResolver(createTicketSchema),
    defaultValues: { title: "", description: "", kind: "QUESTION", priority: "MEDIUM", requestKey },
  });
  const priorities = Object.values(TicketPriority).filter((priority) => canChooseUrgent || priority !== "URGENT");

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => createTicketAction(values));
    if (!result.ok) {
      toastFormFailure(result, setError, () => void onSubmit());
      return;
    }
    setIsFiled(true);
    toast.success(`Ticket #${result.data.number} filed.`);
    router.push(inWorkspace(`/tickets/${result.data.number}`));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <TextField label="Title" autoComplete="off" maxLength={200} error={errors.title?.message} {...register("title")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Kind</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {Object.values(TicketKind).map((kind) => (
            <label key={kind} className={CHOICE}>
              <input type="radio" value={kind} className="mt-1 accent-accent" {...register("kind")} />
              <span>
                <span className="block text-sm font-medium">{KIND_LABELS[kind]}</span>
                <span className="block text-sm text-fg-muted">{KIND_HINTS[kind]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.kind && <p className="text-sm text-danger">{errors.kind.message}</p>}
      </fieldset>
      <div className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="ticket-category" className="block text-sm font-medium">
            Category
          </label>
          <select
            id="ticket-category"
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={errors.categoryId ? "ticket-category-error" : undefined}
            className={cn(SELECT, errors.categoryId ? "border-danger" : "border-border")}
            {...register("categoryId", { setValueAs: (value: string) => value || undefined })}
          >
            <option value="">No category</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          {errors.categoryId && <p id="ticket-category-error" className="text-sm text-danger">{errors.categoryId.message}</p>}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="ticket-priority" className="block text-sm font-medium">
            Priority
          </label>
          <select
            id="ticket-priority"
            aria-invalid={errors.priority ? true : undefined}
            aria-describedby={errors.priority ? "ticket-priority-error" : undefined}
            className={cn(SELECT, errors.priority ? "border-danger" : "border-border")}
            {...register("priority")}
          >
            {priorities.map((priority) => (
              <option key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </option>
            ))}
          </select>
          {errors.priority && <p id="ticket-priority-error" className="text-sm text-danger">{errors.priority.message}</p>}
        </div>
      </div>
      <MarkdownTextarea label="Description" rows={10} error={errors.description?.message} {...register("description")} />
      {/* After success the form stays disabled while the ticket page loads, so it cannot be sent again. */}
      <Button type="submit" isPending={isSubmitting} disabled={isFiled}>
        {isSubmitting ? "Filing…" : "File ticket"}
      </Button>
    </form>
  );
}
