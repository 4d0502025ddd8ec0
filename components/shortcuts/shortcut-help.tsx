"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ShortcutEntry } from "@/lib/shortcuts/catalog";
import { keysOf } from "@/lib/shortcuts/keys";

type ShortcutHelpProps = {
  isOpen: boolean;
  onClose: () => void;
  shortcuts: readonly ShortcutEntry[];
};

function Keys({ binding }: { binding: string }) {
  const keys = keysOf(binding);
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((key, index) => (
        <span key={key} className="inline-flex items-center gap-1">
          {index > 0 && <span className="text-fg-muted">then</span>}
          <kbd className="rounded border border-border bg-surface-muted px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
        </span>
      ))}
    </span>
  );
}

/**
 * The list of shortcuts in a native modal dialog: the browser keeps focus inside it, closes it on
 * Escape and makes the page behind it inert. Focus goes back to whatever had it before.
 */
export function ShortcutHelp({ isOpen, onClose, shortcuts }: ShortcutHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!isOpen && element.open) {
      element.close();
    }
  }, [isOpen]);

  const handleClose = () => {
    onClose();
    opener.current?.focus();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      onClose={handleClose}
      className="m-auto w-full max-w-md rounded-lg border border-border bg-surface p-5 text-fg shadow-lg backdrop:bg-black/40"
    >
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 id={headingId} className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <Button variant="ghost" aria-label="Close" onClick={() => dialog.current?.close()}>
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.binding} className="border-t border-border">
              <td className="py-2 pr-4 whitespace-nowrap">
                <Keys binding={shortcut.binding} />
              </td>
              <td className="py-2">{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-fg-muted">Shortcuts are off while you type in a field.</p>
    </dialog>
  );
}
