"use client";

import Link from "next/link";
import type { ComponentProps } from "react";
import { useWorkspacePath } from "./use-workspace-path";

type WorkspaceLinkProps = Omit<ComponentProps<typeof Link>, "href"> & {
  /** The path inside the current workspace, such as "/tickets/12". */
  href: string;
};

/** A link to a page of the workspace the current page belongs to. */
export function WorkspaceLink({ href, ...props }: WorkspaceLinkProps) {
  const inWorkspace = useWorkspacePath();
  return <Link href={inWorkspace(href)} {...props} />;
}
