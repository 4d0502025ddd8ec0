"use client";

import { ChevronDown, LogOut, Plus, Server, Settings } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useTransition } from "react";
import { callAction, toastFailure } from "@/components/forms/call-action";
import { Badge } from "@/components/ui/badge";
import { useDisclosure } from "@/components/ui/use-disclosure";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import { signOutAction } from "@/lib/sign-in/actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { InstanceMenuEntry } from "@/lib/instance/menu";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** Account button with a menu (who is signed in, their role, sign out); Escape closes it. */
export function UserMenu({ user, instanceEntries }: { user: { name: string; email: string; role: Role }; instanceEntries: InstanceMenuEntry[] }) {
  const { isOpen, setIsOpen, containerRef } = useDisclosure();
  const [isSigningOut, startSignOut] = useTransition();
  const signOut = () =>
    startSignOut(async () => {
      // The action answers with a redirect; an answer at all means the request never arrived.
      const failure = await callAction(signOutAction);
      if (failure) toastFailure(failure, signOut);
    });

  return (
    <div ref={containerRef} className="relative">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-haspopup="true"
        aria-controls="user-menu"
        onClick={() => setIsOpen((open) => !open)}
        className="flex items-center gap-2 rounded-md py-1 pr-1.5 pl-1 hover:bg-surface-muted"
      >
        <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-fg">
          {initials(user.name)}
        </span>
        <span className="hidden text-sm font-medium sm:inline">{user.name}</span>
        <span className="sr-only">Account menu</span>
        <ChevronDown aria-hidden className="size-4 text-fg-muted" />
      </button>
      {isOpen && (
        <div
          id="user-menu"
          className="absolute right-0 mt-2 w-64 rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          <div className="px-3 py-2.5">
            <p className="truncate text-sm font-medium">{user.name}</p>
            <p className="truncate text-sm text-fg-muted">{user.email}</p>
            <div className="mt-2">
              <Badge tone="violet">{ROLE_LABELS[user.role]}</Badge>
            </div>
          </div>
          <div className="my-1 border-t border-border" />
          <WorkspaceLink
            href="/account"
            onClick={() => setIsOpen(false)}
            className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-surface-muted"
          >
            <Settings aria-hidden className="size-4" />
            Account settings
          </WorkspaceLink>
          {instanceEntries.map((entry) => (
            <Link
              key={entry.href}
              href={entry.href as Route}
              onClick={() => setIsOpen(false)}
              className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-surface-muted"
            >
              {entry.kind === "instance-settings" ? <Server aria-hidden className="size-4" /> : <Plus aria-hidden className="size-4" />}
              {entry.label}
            </Link>
          ))}
          <button
            type="button"
            disabled={isSigningOut}
            onClick={signOut}
            className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm hover:bg-surface-muted disabled:opacity-60"
          >
            <LogOut aria-hidden className="size-4" />
            {isSigningOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      )}
    </div>
  );
}
