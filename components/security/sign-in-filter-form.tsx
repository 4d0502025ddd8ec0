import { SearchFormButtons } from "@/components/ui/search-form-buttons";
import { TextField } from "@/components/ui/text-field";
import type { SignInAttemptFilters } from "@/lib/security/schemas";
import { WorkspaceForm } from "@/components/workspaces/workspace-form";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or reloaded. */
export function SignInFilterForm({ filters }: { filters: SignInAttemptFilters }) {
  const hasFilters = Boolean(filters.email || filters.ip || filters.from || filters.to);
  return (
    <WorkspaceForm
      method="get"
      action="/admin/sign-ins"
      role="search"
      aria-label="Filter failed sign-ins"
      className="grid gap-3 rounded-lg border border-border bg-surface p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
    >
      <TextField id="filter-email" name="email" type="email" label="Email" defaultValue={filters.email} placeholder="Exact address" />
      <TextField id="filter-ip" name="ip" label="IP address" defaultValue={filters.ip} />
      <TextField id="filter-from" name="from" type="date" label="From (UTC)" defaultValue={filters.from} />
      <TextField id="filter-to" name="to" type="date" label="To (UTC)" defaultValue={filters.to} />
      <div className="flex items-end gap-2">
        <SearchFormButtons label="Filter" clearHref={hasFilters ? "/admin/sign-ins" : undefined} />
      </div>
    </WorkspaceForm>
  );
}
