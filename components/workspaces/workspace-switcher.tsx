"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import { useDisclosure } from "@/components/ui/use-disclosure";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { workspacePath } from "@/lib/workspaces/paths";

export type SwitcherWorkspace = { slug: string; name: string; role: Role };

/**
 * The workspaces the person belongs to, each with the role they hold there; choosing one opens
 * its tickets. Shown only to people in more than one workspace.
 */
export function WorkspaceSwitcher({ workspaces, currentSlug }: { workspaces: SwitcherWorkspace[]; currentSlug: string }) {
  const { isOpen, setIsOpen, containerRef } = useDisclosure();
  const current = workspaces.find((workspace) => workspace.slug === currentSlug);
  if (workspaces.length < 2 || !current) return null;

  return (
    <div ref={containerRef} className="relative min-w-0">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-haspopup="true"
        aria-controls="workspace-menu"
        onClick={() => setIsOpen((open) => !open)}
        className="flex max-w-32 min-w-0 items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-surface-muted sm:max-w-56"
      >
        <span className="sr-only">Workspace: </span>
        <span className="truncate">{current.name}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-fg-muted" />
      </button>
      {isOpen && (
        <nav id="workspace-menu" aria-label="Your workspaces" className="fixed inset-x-4 top-14 z-50 rounded-lg border border-border bg-surface p-1 shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:left-0 sm:mt-2 sm:w-72">
          <p aria-hidden className="px-3 pt-2 pb-1 text-xs font-medium text-fg-muted">Your workspaces</p>
          <ul>
            {workspaces.map((workspace) => {
              const isCurrent = workspace.slug === currentSlug;
              return (
                <li key={workspace.slug}>
                  <Link
                    href={workspacePath(workspace.slug, "/tickets")}
                    aria-current={isCurrent ? "page" : undefined}
                    onClick={() => setIsOpen(false)}
                    className="flex items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-surface-muted"
                  >
                    <Check aria-hidden className={isCurrent ? "size-4 shrink-0 text-accent" : "size-4 shrink-0 opacity-0"} />
                    <span className="min-w-0 flex-1 truncate font-medium">{workspace.name}</span>
                    <span className="shrink-0 text-xs text-fg-muted">{ROLE_LABELS[workspace.role]}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </div>
  );
}
