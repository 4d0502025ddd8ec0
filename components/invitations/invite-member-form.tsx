"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";
import { inviteMemberAction } from "@/lib/invitations/actions";
import { type InviteMemberInput, inviteMemberSchema } from "@/lib/invitations/schemas";

/** Invites someone into the workspace by email: they get a link to choose their password. */
export function InviteMemberForm() {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { name: "", email: "", role: Role.CLIENT },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await inviteMemberAction(values);
    if (!result.ok) {
      toast.error(applyActionError(result, setError));
      return;
    }
    reset();
    toast.success(`Invitation sent to ${result.data.email}.`);
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="invite-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-xs"
    >
      <h3 id="invite-heading" className="text-sm font-semibold">
        Invite someone
      </h3>
      <div className="flex flex-wrap items-start gap-3">
        <TextField id="invite-name" label="Name" autoComplete="off" className="w-full sm:w-56" error={errors.name?.message} {...register("name")} />
        <TextField
          id="invite-email"
          label="Email"
          type="email"
          autoComplete="off"
          className="w-full sm:w-72"
          error={errors.email?.message}
          {...register("email")}
        />
        <div className="space-y-1.5">
          <label htmlFor="invite-role" className="block text-sm font-medium">
            Role
          </label>
          <select id="invite-role" className="h-10 rounded-md border border-border bg-surface px-2 text-sm" {...register("role")}>
            {Object.values(Role).map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {/* The labels' height keeps the button level with the inputs, whatever errors show below them. */}
        <Button type="submit" isPending={isSubmitting} className="sm:mt-7">
          {!isSubmitting && <UserPlus aria-hidden className="size-4" />}
          {isSubmitting ? "Inviting…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
