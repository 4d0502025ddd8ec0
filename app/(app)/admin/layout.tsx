import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { requireRole } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole(["ADMIN"]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Administration</h1>
        <p className="mt-1 text-sm text-fg-muted">People, categories, security, service levels and email for this workspace.</p>
      </div>
      <AdminTabs />
      {children}
    </div>
  );
}
