"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Lock, MessageSquare } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { replyToTicketAction } from "@/lib/tickets/actions";
import { newRequestKey } from "@/lib/tickets/request-key";
import { type ReplyInput, replySchema } from "@/lib/tickets/schemas";
import { MarkdownTextarea } from "./markdown-textarea";

const CHOICE =
  "flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

/**
 * The reply box. Staff choose between a public reply and an internal note. Each draft has its own
 * request key, replaced after a successful send, so a double click or a retry posts it once.
 */
export function ReplyForm({ ticketNumber, canAddInternalNote }: { ticketNumber: number; canAddInternalNote: boolean }) {
  const router = useRouter();
  const [firstKey] = useState(newRequestKey);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ReplyInput, unknown, ReplyInput>({
    resolver: zodResolver(replySchema),
    defaultValues: { ticketNumber, body: "", isInternal: false, requestKey: firstKey },
  });
  const isInternal = useWatch({ control, name: "isInternal" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => replyToTicketAction(values));
    if (!result.ok) {
      // The draft and its request key stay, so Retry posts it once even if the first one landed.
      toastFormFailure(result, setError, () => void onSubmit());
      return;
    }
    toast.success(values.isInternal ? "Internal note added." : "Reply sent.");
    reset({ ticketNumber, body: "", isInternal: values.isInternal, requestKey: newRequestKey() });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-border bg-surface p-4">
      {canAddInternalNote && (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">Reply type</legend>
          <label className={CHOICE}>
            <input
              type="radio"
              name="reply-type"
              className="accent-accent"
              data-shortcut="reply"
              checked={!isInternal}
              onChange={() => setValue("isInternal", false)}
            />
            <MessageSquare aria-hidden className="size-4" /> Public reply
          </label>
          <label className={CHOICE}>
            <input
              type="radio"
              name="reply-type"
              className="accent-accent"
              data-shortcut="internal-note"
              checked={isInternal}
              onChange={() => setValue("isInternal", true)}
            />
            <Lock aria-hidden className="size-4" /> Internal note
          </label>
        </fieldset>
      )}
      <MarkdownTextarea
        label={isInternal ? "Internal note (staff only)" : "Your reply"}
        rows={5}
        data-shortcut="reply-body"
        error={errors.body?.message}
        {...register("body")}
      />
      <div className="flex items-center justify-end gap-3">
        {isInternal && <p className="text-sm text-fg-muted">Only staff will see this note.</p>}
        <Button type="submit" isPending={isSubmitting}>
          {isSubmitting ? "Sending…" : isInternal ? "Add note" : "Send reply"}
        </Button>
      </div>
    </form>
  );
}
