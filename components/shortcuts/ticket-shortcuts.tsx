"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type TicketBinding, ticketShortcuts } from "@/lib/shortcuts/catalog";
import { Announcer, announce } from "./announcer";
import { ShortcutHelp } from "./shortcut-help";
import { useShortcuts } from "./use-shortcuts";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

export type TicketShortcutsProps = {
  /** Staff: internal note, assign to me and status shortcuts too. */
  canManage: boolean;
};

const byShortcut = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-shortcut="${name}"]`);

/**
 * Puts the reply box in public or internal mode (the radio with `data-shortcut="reply"` or
 * `"internal-note"`; a requester's form has none) and focuses its body (`"reply-body"`).
 */
function focusReply(mode: "reply" | "internal-note") {
  const body = byShortcut<HTMLTextAreaElement>("reply-body");
  if (!body) return announce("Replying is not possible on this ticket");
  const radio = byShortcut<HTMLInputElement>(mode);
  if (radio && !radio.checked) radio.click();
  body.focus();
  announce(mode === "reply" ? "Reply box focused" : "Internal note box focused");
}

/**
 * Keyboard shortcuts for the ticket page. DOM contract: the reply form marks its controls with
 * `data-shortcut="reply" | "internal-note" | "reply-body"`, the side panel its "Assign to me"
 * button with `"assign-me"`, the status select with `"status"` and the incidents panel its
 * "Declare incident from this ticket" link with `"declare-incident"`.
 */
export function TicketShortcuts({ canManage }: TicketShortcutsProps) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const [isHelpOpen, setHelpOpen] = useState(false);

  const assignToMe = () => {
    const button = byShortcut<HTMLButtonElement>("assign-me");
    if (!button || button.disabled) return announce("This ticket is already assigned to you");
    button.click();
    // The action's toast, itself a live region, reports "Assigned to you" or why not.
    announce("Assigning to you");
  };
  const focusStatus = () => {
    const status = byShortcut<HTMLSelectElement>("status");
    if (!status) return announce("The status cannot be changed here");
    status.focus();
    announce("Status field focused");
  };

  const everyone = {
    r: () => focusReply("reply"),
    u: () => router.push(inWorkspace("/tickets")),
    "g t": () => router.push(inWorkspace("/tickets")),
    "?": () => setHelpOpen(true),
  };
  const declareIncident = () => {
    const link = byShortcut<HTMLAnchorElement>("declare-incident");
    if (!link) return announce("Incidents cannot be declared here");
    link.click();
  };
  const staff: Partial<Record<TicketBinding, () => void>> = canManage
    ? { n: () => focusReply("internal-note"), a: assignToMe, s: focusStatus, i: declareIncident }
    : {};
  useShortcuts({ ...everyone, ...staff });

  return (
    <>
      <Announcer />
      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} shortcuts={ticketShortcuts(canManage)} />
    </>
  );
}
