import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { notFound } from "next/navigation";
import { adminSectionsFor } from "@/components/admin/admin-sections";
import { requireActor } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // The area exists for whoever may open one of its sections; each page checks its own.
  if (adminSectionsFor(actor).length === 0) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
        <p className="mt-1 text-sm text-fg-muted">People, categories, security, service levels and email for this workspace.</p>
      </div>
      <AdminTabs role={actor.role} workspaceSlug={actor.workspaceSlug} />
      {children}
    </div>
  );
}
