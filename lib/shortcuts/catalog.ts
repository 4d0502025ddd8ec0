/** One line of the shortcut help: the binding (see keys.ts) and what it does. */
export type ShortcutEntry = { binding: string; description: string };

const GO_TO_LIST: ShortcutEntry = { binding: "g t", description: "Go to the ticket list" };
const HELP: ShortcutEntry = { binding: "?", description: "Show this list of shortcuts" };

export const LIST_SHORTCUTS = [
  { binding: "j", description: "Next ticket" },
  { binding: "k", description: "Previous ticket" },
  { binding: "Enter", description: "Open the highlighted ticket" },
  { binding: "o", description: "Open the highlighted ticket" },
  { binding: "x", description: "Select or deselect the highlighted ticket" },
  { binding: "/", description: "Search tickets" },
  GO_TO_LIST,
  HELP,
] as const satisfies readonly ShortcutEntry[];

// `isStaffOnly`: internal notes, assignment and status are staff's; a requester replies and navigates.
const TICKET_SHORTCUTS = [
  { binding: "r", description: "Write a reply", isStaffOnly: false },
  { binding: "n", description: "Write an internal note", isStaffOnly: true },
  { binding: "a", description: "Assign the ticket to me", isStaffOnly: true },
  { binding: "s", description: "Change the status", isStaffOnly: true },
  { binding: "i", description: "Declare an incident from this ticket", isStaffOnly: true },
  { binding: "u", description: "Back to the ticket list", isStaffOnly: false },
  { ...GO_TO_LIST, isStaffOnly: false },
  { ...HELP, isStaffOnly: false },
] as const;

export type ListBinding = (typeof LIST_SHORTCUTS)[number]["binding"];
export type TicketBinding = (typeof TICKET_SHORTCUTS)[number]["binding"];

/** The ticket page's shortcuts for this actor. */
export function ticketShortcuts(canManage: boolean): ShortcutEntry[] {
  return TICKET_SHORTCUTS.filter((entry) => canManage || !entry.isStaffOnly).map(({ binding, description }) => ({
    binding,
    description,
  }));
}
