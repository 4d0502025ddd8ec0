"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { toast } from "sonner";
import { CardForm } from "@/components/forms/card-form";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";
import { inviteMemberAction } from "@/lib/invitations/actions";
import { inviteMemberSchema } from "@/lib/invitations/schemas";

/**
 * Invites someone into the workspace by email with a role: a new person gets a link to choose
 * their password, an existing account a link to join after signing in.
 */
export function InviteMemberForm() {
  const { register, errors, isSubmitting, onSubmit } = useToastActionForm({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { name: "", email: "", role: Role.CLIENT },
    action: inviteMemberAction,
    onSuccess: (invitation, _values, form) => {
      form.reset();
      toast.success(`Invitation sent to ${invitation.email}.`);
    },
  });

  return (
    <CardForm
      headingId="invite-heading"
      title="Invite someone"
      onSubmit={onSubmit}
      isSubmitting={isSubmitting}
      icon={UserPlus}
      submitLabel="Send invitation"
      pendingLabel="Inviting…"
    >
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
    </CardForm>
  );
}
