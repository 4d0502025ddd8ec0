"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FileText } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { MarkdownTextarea } from "@/components/tickets/markdown-textarea";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { writeIncidentReviewAction } from "@/lib/incidents/review/actions";
import { writeIncidentReviewSchema } from "@/lib/incidents/review/schemas";

const reviewFormSchema = writeIncidentReviewSchema.pick({ impact: true, rootCause: true, wentWell: true, wentBadly: true });
type ReviewFormValues = { impact: string; rootCause: string; wentWell: string; wentBadly: string };

const FIELDS = [
  ["impact", "Impact", "Who was affected, how, and for how long."],
  ["rootCause", "Root cause", "Why it happened."],
  ["wentWell", "What went well", ""],
  ["wentBadly", "What went badly", ""],
] as const;

type ReviewFormProps = { incidentNumber: number; version: number | undefined; initial: ReviewFormValues | undefined };

/** Writes the review, or edits it from the version shown; a written review opens folded behind "Edit". */
export function ReviewForm({ incidentNumber, version, initial }: ReviewFormProps) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(initial === undefined);
  const form = useForm({
    resolver: zodResolver(reviewFormSchema),
    defaultValues: initial ?? { impact: "", rootCause: "", wentWell: "", wentBadly: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await callAction(() => writeIncidentReviewAction({ incidentNumber, version, ...values }));
    if (!result.ok) {
      toastFormFailure(result, form.setError, () => void onSubmit());
      if ("code" in result && result.code === "CONFLICT") router.refresh();
      return;
    }
    toast.success("Review saved.");
    setIsOpen(false);
  });

  if (!isOpen) {
    return (
      <Button variant="ghost" onClick={() => setIsOpen(true)}>
        <FileText aria-hidden className="size-4" /> Edit the review
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Write the review" className="space-y-3 border-t border-border pt-3">
      {FIELDS.map(([name, label, placeholder]) => (
        <MarkdownTextarea key={name} label={label} rows={3} placeholder={placeholder} error={errors[name]?.message} {...form.register(name)} />
      ))}
      <div className="flex gap-2">
        <SubmitButton icon={FileText} isPending={isSubmitting} pendingLabel="Saving…">
          Save review
        </SubmitButton>
        {initial && (
          <Button variant="ghost" disabled={isSubmitting} onClick={() => setIsOpen(false)}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
