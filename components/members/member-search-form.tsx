import { SearchFormButtons } from "@/components/ui/search-form-buttons";
import { TextField } from "@/components/ui/text-field";
import { WorkspaceForm } from "@/components/workspaces/workspace-form";

/** A GET form: the search lives in the URL, so it survives a reload and can be shared. */
export function MemberSearchForm({ query }: { query?: string }) {
  return (
    <WorkspaceForm method="get" action="/admin/users" role="search" aria-label="Search people" className="flex flex-wrap items-end gap-2">
      <TextField id="member-search" name="q" type="search" label="Name or email" defaultValue={query} className="w-full max-w-sm" />
      <SearchFormButtons label="Search" clearHref={query ? "/admin/users" : undefined} />
    </WorkspaceForm>
  );
}
