import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/audit/queries";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { parseQueryLeniently } from "@/lib/url-query";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("audit.read");
  const filters = parseQueryLeniently(auditFiltersSchema, await searchParams);
  const page = await listAuditEntries(actor, filters);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">Audit log</h2>
        <p className="mt-1 text-sm text-fg-muted">
          Who changed what in this workspace, newest first. Times are shown relative; hover for the exact UTC time.
        </p>
      </div>
      <AuditFilterForm filters={filters} />
      <AuditTable page={page} filters={filters} />
    </div>
  );
}
