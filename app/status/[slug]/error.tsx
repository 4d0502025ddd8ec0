"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function StatusPageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <StatusPage code="Error" title="The status page could not be loaded">
      <p>Try again in a moment.</p>
      {error.digest && <p className="font-mono text-xs">Error id: {error.digest}</p>}
      <Button onClick={reset}>Try again</Button>
    </StatusPage>
  );
}
