"use client";

import type { ComponentProps } from "react";
import { useWorkspacePath } from "./use-workspace-path";

type WorkspaceFormProps = Omit<ComponentProps<"form">, "action"> & {
  /** The path inside the current workspace the form submits to, such as "/tickets". */
  action: string;
};

/** A plain GET form (search, filters) that submits to a page of the current workspace. */
export function WorkspaceForm({ action, ...props }: WorkspaceFormProps) {
  const inWorkspace = useWorkspacePath();
  return <form action={inWorkspace(action)} {...props} />;
}
