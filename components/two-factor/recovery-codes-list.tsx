"use client";

import { Copy, Download } from "lucide-react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";

/** The recovery codes, shown once: to copy or download before the user moves on. */
export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const text = `Triage recovery codes. Each works once.\n\n${codes.join("\n")}\n`;
  const copy = () =>
    navigator.clipboard.writeText(codes.join("\n")).then(
      () => toast.success("Recovery codes copied."),
      () => toast.error("Copying failed. Select the codes and copy them by hand."),
    );

  return (
    <div className="space-y-4">
      <div role="status" className="rounded-md bg-accent-soft px-3 py-2.5 text-sm">
        Save these recovery codes somewhere safe. Each signs you in once if you lose your phone. They are not shown again.
      </div>
      <ul aria-label="Recovery codes" className="grid max-w-sm grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code} className="rounded-md border border-border px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={copy}>
          <Copy aria-hidden className="size-4" /> Copy codes
        </Button>
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="triage-recovery-codes.txt"
          className={buttonClasses("secondary")}
        >
          <Download aria-hidden className="size-4" /> Download as text
        </a>
        <Button onClick={onDone}>I have saved my recovery codes</Button>
      </div>
    </div>
  );
}
