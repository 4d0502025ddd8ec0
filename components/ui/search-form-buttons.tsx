import { Search } from "lucide-react";
import { buttonClasses } from "./button";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

/**
 * The end of a GET search or filter form: the submit button, and "Clear", a link to the
 * unfiltered page of the current workspace, given only while something is filtered.
 */
export function SearchFormButtons({ label, clearHref }: { label: string; clearHref?: string }) {
  return (
    <>
      <button type="submit" className={buttonClasses("primary")}>
        <Search aria-hidden className="size-4" /> {label}
      </button>
      {clearHref && (
        <WorkspaceLink href={clearHref} className={buttonClasses("ghost")}>
          Clear
        </WorkspaceLink>
      )}
    </>
  );
}
