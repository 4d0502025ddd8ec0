"use client";

import "./globals.css";

/** Replaces the root layout when it fails itself, so it renders its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-canvas font-sans text-fg">
        <main className="max-w-md px-6 text-center">
          <h1 className="text-2xl font-semibold">Triage is having trouble</h1>
          <p className="mt-3 text-sm text-fg-muted">
            The application could not load. Try again in a moment.
          </p>
          {error.digest && <p className="mt-3 font-mono text-xs text-fg-muted">Error id: {error.digest}</p>}
          <button
            type="button"
            onClick={reset}
            className="mt-6 h-9 rounded-md bg-accent px-4 text-sm font-medium text-accent-fg"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
