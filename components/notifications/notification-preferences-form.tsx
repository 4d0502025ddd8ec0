"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction, toastFormFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { updateNotificationPreferencesAction } from "@/lib/notifications/actions";
import {
  type UpdateNotificationPreferencesInput,
  updateNotificationPreferencesSchema,
} from "@/lib/notifications/schemas";
import { PreferenceCheckbox } from "./preference-checkbox";
import { WatchedCategoriesField } from "./watched-categories-field";

type NotificationPreferencesFormProps = {
  preferences: UpdateNotificationPreferencesInput;
  categories: { id: string; name: string }[];
  isStaff: boolean;
};

export function NotificationPreferencesForm({ preferences, categories, isStaff }: NotificationPreferencesFormProps) {
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting, isDirty },
  } = useForm<UpdateNotificationPreferencesInput>({
    resolver: zodResolver(updateNotificationPreferencesSchema),
    defaultValues: preferences,
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await callAction(() => updateNotificationPreferencesAction(values));
    if (!result.ok) {
      toastFormFailure(result, setError, () => void onSubmit());
      return;
    }
    reset(values);
    toast.success("Notification preferences saved.");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Email me about</legend>
        {/* defaultChecked makes the server-rendered form show the saved choice before hydration. */}
        <PreferenceCheckbox
          label="Updates on tickets I filed"
          description="When we receive your ticket, when the support team replies, and when it waits on you or is resolved."
          defaultChecked={preferences.notifyOwnTicketUpdates}
          {...register("notifyOwnTicketUpdates")}
        />
        {isStaff && (
          <>
            <PreferenceCheckbox
              label="Tickets assigned to me"
              description="When someone else assigns a ticket to you."
              defaultChecked={preferences.notifyAssignments}
              {...register("notifyAssignments")}
            />
            <PreferenceCheckbox
              label="New tickets"
              description="When a ticket is filed in a category you watch, or in any category nobody watches."
              defaultChecked={preferences.notifyNewTickets}
              {...register("notifyNewTickets")}
            />
          </>
        )}
      </fieldset>
      {isStaff && <WatchedCategoriesField control={control} categories={categories} />}
      <Button type="submit" isPending={isSubmitting} disabled={!isDirty}>
        {isSubmitting ? "Saving…" : "Save preferences"}
      </Button>
    </form>
  );
}
