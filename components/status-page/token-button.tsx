"use client";

import { CheckCircle2 } from "lucide-react";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { callAction } from "@/components/forms/call-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

type TokenAction = (input: { slug: string; token: string }) => Promise<ActionResult<void, never>>;

/**
 * The one button of an emailed link's page. Opening the link does nothing by itself (mail
 * scanners open every link); pressing the button does, then says it is done.
 */
export function TokenButton({ slug, token, action, label, pendingLabel, done }: {
  slug: string;
  token: string;
  action: TokenAction;
  label: string;
  pendingLabel: string;
  done: string;
}) {
  const [result, setResult] = useState<"done" | string | null>(null);
  const [isPending, startTransition] = useTransition();
  if (result === "done") {
    return (
      <p role="status" className="mt-6 flex gap-2 text-sm font-medium">
        <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
        {done}
      </p>
    );
  }
  return (
    <div className="mt-6 space-y-4">
      {result && <FormAlert>{result}</FormAlert>}
      <Button
        className="w-full"
        isPending={isPending}
        onClick={() =>
          startTransition(async () => {
            const answer = await callAction(() => action({ slug, token }));
            setResult(answer.ok ? "done" : answer.error);
          })
        }
      >
        {isPending ? pendingLabel : label}
      </Button>
    </div>
  );
}
