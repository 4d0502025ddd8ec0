"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useToastActionForm } from "@/components/forms/use-toast-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createPersonalTokenAction, createServiceKeyAction } from "@/lib/api-keys/actions";
import { API_KEY_NAME_MAX_LENGTH, type CreateApiKeyInput, createApiKeySchema } from "@/lib/api-keys/schemas";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { ApiKeyKind } from "@/lib/generated/prisma/enums";
import { type CreatedToken, CreatedTokenPanel } from "./created-token-panel";
import { ExpirySelect } from "./expiry-select";
import { ScopeFieldset } from "./scope-fieldset";

const KINDS = {
  SERVICE: {
    action: createServiceKeyAction,
    title: "New service key",
    nameHint: "Names the integration and its service account, such as “Billing sync”.",
    submitLabel: "Create service key",
  },
  PERSONAL: {
    action: createPersonalTokenAction,
    title: "New personal access token",
    nameHint: "What it is for, such as “Weekly report script”.",
    submitLabel: "Create token",
  },
} as const satisfies Record<ApiKeyKind, object>;

// The least a key can do; anything more is a choice. Every role may read tickets.
const DEFAULT_VALUES = {
  name: "",
  scopes: ["tickets:read"],
  expiresInDays: "90",
} as const satisfies CreateApiKeyInput;

/**
 * Creates a service key (admins) or a personal token, offering only `scopes`; the new token then
 * shows once above the form. The inputs carry their defaults in the server-rendered HTML, so a
 * choice made before hydration is kept (react-hook-form reads edited inputs when it registers).
 */
export function ApiKeyCreateForm({ kind, scopes }: { kind: ApiKeyKind; scopes: readonly ApiScope[] }) {
  const { action, title, nameHint, submitLabel } = KINDS[kind];
  const headingId = useId();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const { register, errors, isSubmitting, setFocus, onSubmit } = useToastActionForm({
    resolver: zodResolver(createApiKeySchema),
    defaultValues: { ...DEFAULT_VALUES, scopes: [...DEFAULT_VALUES.scopes] },
    action,
    onSuccess: ({ prefix, token }, values, form) => {
      form.reset();
      setCreated({ name: values.name, prefix, token });
      toast.success(`${values.name} created. Copy its token now.`);
    },
  });
  const dismiss = () => {
    setCreated(null);
    setFocus("name");
  };

  return (
    <div className="space-y-4">
      {created && <CreatedTokenPanel key={created.prefix} created={created} onDone={dismiss} />}
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={headingId}
        className="space-y-4 rounded-lg border border-border bg-surface p-4 shadow-xs"
      >
        <h3 id={headingId} className="text-sm font-semibold">
          {title}
        </h3>
        <div className="flex flex-wrap items-start gap-3">
          <TextField
            label="Name"
            hint={nameHint}
            autoComplete="off"
            maxLength={API_KEY_NAME_MAX_LENGTH}
            defaultValue={DEFAULT_VALUES.name}
            error={errors.name?.message}
            className="min-w-0 flex-1 sm:min-w-64"
            {...register("name")}
          />
          <ExpirySelect
            defaultValue={DEFAULT_VALUES.expiresInDays}
            error={errors.expiresInDays?.message}
            field={register("expiresInDays")}
          />
        </div>
        <ScopeFieldset
          scopes={scopes}
          defaultScopes={DEFAULT_VALUES.scopes}
          error={errors.scopes?.message}
          field={register("scopes")}
        />
        <SubmitButton icon={KeyRound} isPending={isSubmitting} pendingLabel="Creating…">
          {submitLabel}
        </SubmitButton>
      </form>
    </div>
  );
}
