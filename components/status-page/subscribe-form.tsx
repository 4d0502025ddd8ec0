"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailCheck } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormCaptcha } from "@/components/security/form-captcha";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { subscribeToStatusPageAction } from "@/lib/status-page/actions";
import { subscribeToStatusPageSchema } from "@/lib/status-page/schemas";

/** Email updates, double opt-in: the answer reads the same for every address. */
export function SubscribeForm({ slug }: { slug: string }) {
  const form = useActionForm({
    resolver: zodResolver(subscribeToStatusPageSchema),
    defaultValues: { slug, email: "" },
    action: subscribeToStatusPageAction,
  });
  const { register, errors, isSubmitting, formError, success, onSubmit } = form;

  return (
    <section aria-labelledby="subscribe" className="rounded-xl border border-border bg-surface p-5">
      <h2 id="subscribe" className="text-base font-semibold">
        Get updates by email
      </h2>
      {success ? (
        <p role="status" className="mt-3 flex gap-2 text-sm">
          <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
          {success.data.message}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
          <p className="text-sm text-fg-muted">We email you when an incident is posted or updated. Every email has an unsubscribe link.</p>
          {formError && <FormAlert>{formError}</FormAlert>}
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <TextField className="flex-1" label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
            <SubmitButton isPending={isSubmitting} pendingLabel="Subscribing…">
              Subscribe
            </SubmitButton>
          </div>
          <FormCaptcha form={form} required={false} />
        </form>
      )}
    </section>
  );
}
