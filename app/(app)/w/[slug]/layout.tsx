import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-shell/app-header";
import { requireActor } from "@/lib/auth/session";
import { loadWorkspaceShell } from "@/lib/workspaces/shell";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const { workspaces, instanceEntries } = await loadWorkspaceShell(actor);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader user={{ name: actor.name, email: actor.email, role: actor.role }} workspaceSlug={actor.workspaceSlug} workspaces={workspaces} instanceEntries={instanceEntries} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 lg:py-8">
        {children}
      </main>
    </div>
  );
}
