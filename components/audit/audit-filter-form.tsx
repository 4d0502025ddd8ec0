import { SearchFormButtons } from "@/components/ui/search-form-buttons";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTION_PREFIXES, AUDIT_TARGET_TYPES, type AuditFilters } from "@/lib/audit/schemas";
import { WorkspaceForm } from "@/components/workspaces/workspace-form";

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be shared or reloaded.
 * The action field suggests the families ("user.") and takes any exact action as well.
 */
export function AuditFilterForm({ filters }: { filters: AuditFilters }) {
  const hasFilters = Boolean(filters.actor || filters.action || filters.targetType || filters.targetId || filters.from || filters.to);
  return (
    <WorkspaceForm
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Filter the audit log"
      className="grid gap-3 rounded-lg border border-border bg-surface p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-4"
    >
      <TextField id="audit-actor" name="actor" type="email" label="Actor email" defaultValue={filters.actor} placeholder="Exact address" />
      <TextField
        id="audit-action"
        name="action"
        label="Action"
        list="audit-action-families"
        defaultValue={filters.action}
        placeholder="user. or user.invited"
      />
      <datalist id="audit-action-families">
        {AUDIT_ACTION_PREFIXES.map((prefix) => (
          <option key={prefix} value={prefix} />
        ))}
      </datalist>
      <div className="space-y-1.5">
        <label htmlFor="audit-target-type" className="block text-sm font-medium">
          Target type
        </label>
        <select
          id="audit-target-type"
          name="targetType"
          defaultValue={filters.targetType ?? ""}
          className="block h-10 w-full rounded-md border border-border bg-surface px-2 text-sm"
        >
          <option value="">Any</option>
          {AUDIT_TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <TextField id="audit-target-id" name="targetId" label="Target id" defaultValue={filters.targetId} />
      <TextField id="audit-from" name="from" type="date" label="From (UTC)" defaultValue={filters.from} />
      <TextField id="audit-to" name="to" type="date" label="To (UTC)" defaultValue={filters.to} />
      <div className="flex items-end gap-2 lg:col-span-2">
        <SearchFormButtons label="Filter" clearHref={hasFilters ? "/admin/audit" : undefined} />
      </div>
    </WorkspaceForm>
  );
}
