"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <StatusPage code="Error" title="Something went wrong">
      <p>This page could not be loaded. Try again; if it keeps happening, tell your administrator.</p>
      {error.digest && <p className="font-mono text-xs">Error id: {error.digest}</p>}
      <Button onClick={reset}>Try again</Button>
    </StatusPage>
  );
}
