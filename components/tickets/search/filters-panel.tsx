import { buttonClasses } from "@/components/ui/button";
import { KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";
import { type TicketFilters, toQueryString } from "@/lib/tickets/search/schemas";
import { CheckboxGroup, DateRange, Field, inputClasses } from "./filter-fields";
import { HiddenFilters } from "./hidden-filters";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import { WorkspaceForm } from "@/components/workspaces/workspace-form";

type Option = { id: string; name: string };

const SORT_LABELS = { updated: "Last updated", created: "Created", priority: "Priority", due: "Due" };

/**
 * The filters as one GET form inside a disclosure, so every filter lands in the URL. Staff get
 * the whole set; a client filters their own tickets by status, dates and sort.
 */
export function FiltersPanel({
  filters,
  isStaffView,
  categories,
  agents,
}: {
  filters: TicketFilters;
  isStaffView: boolean;
  categories: Option[];
  agents: Option[];
}) {
  // The panel's own fields: the view (tabs) and the search text (its own box) stay as they are.
  const isFiltered = toQueryString(filters, ["view", "q", "cursor"]) !== "";
  const kept = toQueryString({ view: filters.view, q: filters.q }, []);
  const clearHref = `/tickets${kept ? `?${kept}` : ""}`;
  return (
    <details className="rounded-lg border border-border bg-surface" open={isFiltered}>
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium">Filters and sort{isFiltered && " (active)"}</summary>
      <WorkspaceForm action="/tickets" method="get" className="space-y-4 border-t border-border p-4">
        <HiddenFilters filters={filters} omit={["status", "priority", "kind", "categoryId", "assigneeId", "requester", "createdFrom", "createdTo", "updatedFrom", "updatedTo", "resolvedFrom", "resolvedTo", "sort", "direction"]} />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <CheckboxGroup legend="Status" name="status" options={STATUS_LABELS} checked={filters.status} />
          {isStaffView && <CheckboxGroup legend="Priority" name="priority" options={PRIORITY_LABELS} checked={filters.priority} />}
          {isStaffView && <CheckboxGroup legend="Kind" name="kind" options={KIND_LABELS} checked={filters.kind} />}
          {isStaffView && (
            <div className="space-y-3">
              <Field label="Category" htmlFor="filter-category">
                <select id="filter-category" name="categoryId" defaultValue={filters.categoryId ?? ""} className={inputClasses}>
                  <option value="">Any category</option>
                  {categories.map((category) => <option key={category.id} value={category.id}>{category.name}</option>)}
                </select>
              </Field>
              <Field label="Assignee" htmlFor="filter-assignee">
                <select id="filter-assignee" name="assigneeId" defaultValue={filters.assigneeId ?? ""} className={inputClasses}>
                  <option value="">Anyone</option>
                  <option value="none">Unassigned</option>
                  {agents.map((agent) => <option key={agent.id} value={agent.id}>{agent.name}</option>)}
                </select>
              </Field>
              <Field label="Requester email" htmlFor="filter-requester">
                <input id="filter-requester" name="requester" type="email" defaultValue={filters.requester?.includes("@") ? filters.requester : ""} className={inputClasses} />
              </Field>
            </div>
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <DateRange label="Created" name="created" from={filters.createdFrom} to={filters.createdTo} />
          <DateRange label="Updated" name="updated" from={filters.updatedFrom} to={filters.updatedTo} />
          <DateRange label="Resolved" name="resolved" from={filters.resolvedFrom} to={filters.resolvedTo} />
          <Field label="Sort by" htmlFor="filter-sort">
            <select id="filter-sort" name="sort" defaultValue={filters.sort ?? ""} className={inputClasses}>
              <option value="">Default{filters.q ? " (best match)" : ""}</option>
              {Object.entries(SORT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </Field>
          <Field label="Direction" htmlFor="filter-direction">
            <select id="filter-direction" name="direction" defaultValue={filters.direction ?? ""} className={inputClasses}>
              <option value="">Default</option>
              <option value="desc">Descending (newest, most urgent, latest due)</option>
              <option value="asc">Ascending (oldest, least urgent, soonest due)</option>
            </select>
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses("primary")}>Apply filters</button>
          {isFiltered && <WorkspaceLink href={clearHref} className={buttonClasses("ghost")}>Clear filters</WorkspaceLink>}
        </div>
      </WorkspaceForm>
    </details>
  );
}
