import type { ReactNode } from "react";
import { Logo } from "@/components/app-shell/logo";
import { ThemeToggle } from "@/components/app-shell/theme-toggle";

/** The public status pages' frame: the workspace's name, the theme switch, and the page. */
export function StatusFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
          <p className="min-w-0 truncate text-lg font-semibold tracking-tight">{title}</p>
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto w-full max-w-3xl flex-1 space-y-8 px-4 py-8 sm:px-6">{children}</main>
      <footer className="mx-auto flex w-full max-w-3xl items-center gap-2 px-4 py-6 text-xs text-fg-muted sm:px-6">
        <span>Powered by</span>
        <Logo />
      </footer>
    </div>
  );
}
