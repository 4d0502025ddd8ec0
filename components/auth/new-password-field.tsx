import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/schemas";

/** A field for choosing a password, with the policy in one sentence and the browser's generator. */
export function NewPasswordField(props: Omit<ComponentProps<typeof TextField>, "type" | "autoComplete" | "hint">) {
  return (
    <TextField
      type="password"
      autoComplete="new-password"
      hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
      {...props}
    />
  );
}
