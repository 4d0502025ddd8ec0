"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { SkipForward } from "lucide-react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { skipIncidentReviewAction } from "@/lib/incidents/review/actions";
import { skipIncidentReviewSchema } from "@/lib/incidents/review/schemas";

const skipFormSchema = skipIncidentReviewSchema.pick({ reason: true });

/** A manager skips the review with a reason, which is kept on the timeline and in the audit log. */
export function SkipReviewForm({ incidentNumber }: { incidentNumber: number }) {
  const form = useForm<{ reason: string }>({ resolver: zodResolver(skipFormSchema), defaultValues: { reason: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    const result = await callAction(() => skipIncidentReviewAction({ incidentNumber, reason }));
    if (!result.ok) return toastFormFailure(result, form.setError, () => void onSubmit());
    toast.success("Review skipped.");
    form.reset({ reason: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Skip the review" className="space-y-3 border-t border-border pt-3">
      <TextField label="Skip the review because" hint="Managers only; the reason is audited." error={errors.reason?.message} {...form.register("reason")} />
      <SubmitButton variant="secondary" icon={SkipForward} isPending={isSubmitting} pendingLabel="Skipping…">
        Skip the review
      </SubmitButton>
    </form>
  );
}
