"use client";

import { Copy, TriangleAlert } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export type CreatedToken = { name: string; prefix: string; token: string };

/**
 * The new token, the only time it is ever shown: the server keeps its hash alone. It takes the
 * focus when it appears, so keyboard and screen-reader users land on it rather than on the form.
 */
export function CreatedTokenPanel({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const panelRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => panelRef.current?.focus(), []);

  const copy = () =>
    navigator.clipboard.writeText(created.token).then(
      () => toast.success("Token copied."),
      () => toast.error("Copying failed. Select the token and copy it by hand."),
    );
  // Rendered only after a submit, never on the server, so the browser's origin is at hand.
  const example = `curl -H "Authorization: Bearer ${created.token}" ${window.location.origin}/api/v1/me`;

  return (
    <div
      ref={panelRef}
      tabIndex={-1}
      role="region"
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border-2 border-accent bg-accent-soft p-4 focus-visible:outline-2"
    >
      <h3 id={headingId} className="text-sm font-semibold">
        {created.name} is ready
      </h3>
      <p className="flex items-start gap-2 text-sm">
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        Copy this token now and keep it somewhere safe. It will not be shown again; if it is lost, revoke it and
        create a new one.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-2 font-mono text-sm break-all select-all">
          {created.token}
        </code>
        <Button variant="secondary" onClick={copy}>
          <Copy aria-hidden className="size-4" />
          Copy
        </Button>
      </div>
      <div className="space-y-1">
        <p className="text-sm">Try it:</p>
        <pre className="overflow-x-auto rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs">
          <code>{example}</code>
        </pre>
      </div>
      <Button variant="ghost" onClick={onDone}>
        I have copied the token
      </Button>
    </div>
  );
}
