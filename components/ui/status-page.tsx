import type { ReactNode } from "react";

/** The frame of not-found and error pages: a big code, a sentence, and ways out. */
export function StatusPage({
  code,
  title,
  children,
}: {
  code: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center px-6 py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-accent">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
      <div className="mt-3 space-y-6 text-sm text-fg-muted">{children}</div>
    </main>
  );
}
