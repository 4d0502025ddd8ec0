import type { SavedViewItem } from "@/lib/tickets/search/saved-views";
import { DeleteViewButton } from "./delete-view-button";
import { SaveViewForm } from "./save-view-form";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

/** The user's saved views as links, and the form that saves the current list as another. */
export function SavedViews({ views, currentQuery }: { views: SavedViewItem[]; currentQuery: string }) {
  return (
    <section aria-labelledby="saved-views-heading" className="space-y-2">
      <h2 id="saved-views-heading" className="text-sm font-medium">
        Saved views
      </h2>
      {views.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {views.map((view) => (
            <li key={view.id} className="inline-flex items-center gap-1 rounded-full border border-border bg-surface py-0.5 pr-1 pl-3 text-sm">
              <WorkspaceLink href={`/tickets?${view.query}`} className="hover:underline">
                {view.name}
              </WorkspaceLink>
              <DeleteViewButton viewId={view.id} name={view.name} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-fg-muted">Save the current search and filters to come back to them in one click.</p>
      )}
      <SaveViewForm query={currentQuery} />
    </section>
  );
}
