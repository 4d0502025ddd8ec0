"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";
import { changeMemberRoleAction } from "@/lib/members/actions";

/**
 * The member's role, changed with an explicit Save: a select that saved on change would save
 * every role a keyboard user passes through with the arrow keys.
 */
export function MemberRoleSelect({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [selected, setSelected] = useState(role);
  const [isPending, startTransition] = useTransition();
  const save = () =>
    startTransition(async () => {
      const result = await callAction(() => changeMemberRoleAction({ userId, role: selected }));
      if (result.ok) toast.success(`${name} is now ${ROLE_LABELS[selected].toLowerCase()}.`);
      else {
        toastFailure(result, save);
        setSelected(role);
      }
    });
  return (
    <div className="flex items-center gap-2">
      <select
        aria-label={`Role of ${name}`}
        value={selected}
        onChange={(event) => setSelected(event.target.value as Role)}
        className="h-9 rounded-md border border-border bg-surface px-2 text-sm"
      >
        {Object.values(Role).map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      {selected !== role && (
        <Button variant="secondary" onClick={save} isPending={isPending}>
          {isPending ? "Saving…" : "Save"}
        </Button>
      )}
    </div>
  );
}
