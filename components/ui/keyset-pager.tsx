import type { ReactNode } from "react";
import { buttonClasses } from "./button";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

type Filters<K extends string> = Partial<Record<K | "after", string>>;

/** The list page's URL with the same filters, at `after` (or the first page without it). */
function pageHref<K extends string>(path: string, filters: Filters<K>, keys: readonly K[], after?: string): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The links under a keyset-paged list: back to the first page while on a later one (`after` in
 * the filters), and on to the next while there is one. Both keep the filters named in `keys`.
 */
export function KeysetPager<K extends string>({
  path,
  filters,
  keys,
  nextAfter,
  firstLabel,
  nextLabel,
}: {
  /** The list page, inside the current workspace. */
  path: string;
  filters: Filters<K>;
  keys: readonly K[];
  nextAfter: string | null;
  firstLabel: string;
  nextLabel: ReactNode;
}) {
  return (
    <nav aria-label="Pages" className="flex justify-between">
      {filters.after ? (
        <WorkspaceLink href={pageHref(path, filters, keys)} className={buttonClasses("secondary")}>
          {firstLabel}
        </WorkspaceLink>
      ) : <span />}
      {nextAfter && (
        <WorkspaceLink href={pageHref(path, filters, keys, nextAfter)} className={buttonClasses("secondary")}>
          {nextLabel}
        </WorkspaceLink>
      )}
    </nav>
  );
}
