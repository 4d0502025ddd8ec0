import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";

/** A field for the password the user has now, which password managers fill in. */
export function CurrentPasswordField(props: Omit<ComponentProps<typeof TextField>, "type" | "autoComplete">) {
  return <TextField type="password" autoComplete="current-password" {...props} />;
}
