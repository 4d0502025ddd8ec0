"use client";

import { createContext, type ReactNode, use, useState } from "react";
import type { LinkableIncident } from "@/lib/incidents/queries";
import { MAX_BULK_TICKETS } from "@/lib/tickets/change-schemas";
import { BulkActionBar } from "./bulk-action-bar";

type Selection = { selected: ReadonlySet<number>; toggle: (number: number) => void; clear: () => void };

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const selection = use(SelectionContext);
  if (!selection) throw new Error("Ticket checkboxes must sit inside a TicketSelection.");
  return selection;
}

/**
 * The staff list's selection for bulk changes: the bar above the table acts on the checked rows
 * of this page. Kept in the browser only: a selection does not survive paging.
 */
export function TicketSelection({
  agents,
  currentUserId,
  incidents,
  children,
}: {
  agents: { id: string; name: string }[];
  currentUserId: string;
  /** Open incidents the selection may be linked to; null for someone who may not link. */
  incidents: LinkableIncident[] | null;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const toggle = (number: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(number) && next.size < MAX_BULK_TICKETS) next.add(number);
      return next;
    });
  const clear = () => setSelected(new Set());
  return (
    <SelectionContext value={{ selected, toggle, clear }}>
      <BulkActionBar selectedNumbers={[...selected]} agents={agents} currentUserId={currentUserId} incidents={incidents} onClearSelection={clear} />
      {children}
    </SelectionContext>
  );
}

export function TicketCheckbox({ number, title }: { number: number; title: string }) {
  const { selected, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      aria-label={`Select #${number} ${title}`}
      checked={selected.has(number)}
      onChange={() => toggle(number)}
      className="size-4 accent-accent"
    />
  );
}
