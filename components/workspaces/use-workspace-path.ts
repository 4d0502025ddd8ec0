"use client";

import type { Route } from "next";
import { useParams } from "next/navigation";
import { workspacePath } from "@/lib/workspaces/paths";

/** Builds URLs inside the workspace the current page belongs to (its /w/<slug>). */
export function useWorkspacePath(): (path: string) => Route {
  const { slug } = useParams<{ slug: string }>();
  return (path) => workspacePath(slug, path);
}
