"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { LIST_SHORTCUTS, type ListBinding } from "@/lib/shortcuts/catalog";
import { Announcer, announce } from "./announcer";
import { ShortcutHelp } from "./shortcut-help";
import { useShortcuts } from "./use-shortcuts";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

export type ListShortcutsProps = {
  /** The numbers of the tickets on the page, top to bottom. */
  ticketNumbers: number[];
};

// The highlight is drawn on the row itself: the row's link also gets focus, but a link is narrower
// than the row, and the ring must show which row `x` and Enter act on.
const HIGHLIGHT = ["outline-2", "outline-accent", "-outline-offset-2"];

const rowOf = (number: number) => document.querySelector<HTMLElement>(`[data-ticket-row="${number}"]`);
const linkOf = (row: HTMLElement) => row.querySelector<HTMLAnchorElement>("a[href]");

/**
 * Keyboard shortcuts for the ticket list. DOM contract with the list: each row carries
 * `data-ticket-row="<number>"` and contains the ticket's link (the first `a[href]`) and, where
 * bulk selection is on, its checkbox (`input[type=checkbox]`); the search box carries
 * `data-shortcut="search"`. `j`/`k` highlight a row (aria-current, and its link takes focus so
 * screen readers read it), Enter or `o` open it, `x` ticks its checkbox, `/` focuses search.
 */
export function ListShortcuts({ ticketNumbers }: ListShortcutsProps) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const [isHelpOpen, setHelpOpen] = useState(false);
  const current = useRef(-1);

  // A new page of results starts without a highlight.
  const pageKey = ticketNumbers.join(",");
  useEffect(() => {
    current.current = -1;
  }, [pageKey]);

  const highlight = (index: number) => {
    const number = ticketNumbers[index];
    const row = number === undefined ? null : rowOf(number);
    if (!row) return;
    for (const previous of document.querySelectorAll<HTMLElement>("[data-ticket-row][aria-current]")) {
      previous.removeAttribute("aria-current");
      previous.classList.remove(...HIGHLIGHT);
    }
    current.current = index;
    row.setAttribute("aria-current", "true");
    row.classList.add(...HIGHLIGHT);
    row.scrollIntoView({ block: "nearest" });
    linkOf(row)?.focus();
  };
  const move = (step: 1 | -1) => {
    if (ticketNumbers.length === 0) return announce("No tickets on this page");
    const from = current.current === -1 && step === -1 ? ticketNumbers.length : current.current;
    highlight(Math.min(Math.max(from + step, 0), ticketNumbers.length - 1));
  };
  const currentRow = () => {
    const number = ticketNumbers[current.current];
    return number === undefined ? null : rowOf(number);
  };
  const open = () => {
    const number = ticketNumbers[current.current];
    if (number === undefined) return announce("Highlight a ticket with j or k first");
    router.push(inWorkspace(`/tickets/${number}`));
  };
  const toggle = () => {
    const checkbox = currentRow()?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!checkbox) return announce("Highlight a ticket with j or k first");
    checkbox.click();
    announce(`${checkbox.checked ? "Selected" : "Deselected"} #${ticketNumbers[current.current]}`);
  };

  const handlers: Record<ListBinding, () => void> = {
    j: () => move(1),
    k: () => move(-1),
    Enter: open,
    o: open,
    x: toggle,
    "/": () => document.querySelector<HTMLElement>('[data-shortcut="search"]')?.focus(),
    "g t": () => router.push(inWorkspace("/tickets")),
    "?": () => setHelpOpen(true),
  };
  useShortcuts(handlers);

  return (
    <>
      <Announcer />
      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} shortcuts={LIST_SHORTCUTS} />
    </>
  );
}
