import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";

/** The new password typed again; marked as a new password, so managers do not fill in the old one. */
export function ConfirmPasswordField(props: Omit<ComponentProps<typeof TextField>, "type" | "autoComplete">) {
  return <TextField type="password" autoComplete="new-password" {...props} />;
}
