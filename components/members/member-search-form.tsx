import { Search } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** A GET form: the search lives in the URL, so it survives a reload and can be shared. */
export function MemberSearchForm({ query }: { query?: string }) {
  return (
    <form method="get" action="/admin/users" role="search" aria-label="Search people" className="flex flex-wrap items-end gap-2">
      <TextField id="member-search" name="q" type="search" label="Name or email" defaultValue={query} className="w-full max-w-sm" />
      <button type="submit" className={buttonClasses("primary")}>
        <Search aria-hidden className="size-4" /> Search
      </button>
      {query && (
        <Link href={"/admin/users" as Route} className={buttonClasses("ghost")}>
          Clear
        </Link>
      )}
    </form>
  );
}
