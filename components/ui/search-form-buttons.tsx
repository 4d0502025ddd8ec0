import { Search } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "./button";

/**
 * The end of a GET search or filter form: the submit button, and "Clear", a link to the
 * unfiltered page, given only while something is filtered.
 */
export function SearchFormButtons({ label, clearHref }: { label: string; clearHref?: Route }) {
  return (
    <>
      <button type="submit" className={buttonClasses("primary")}>
        <Search aria-hidden className="size-4" /> {label}
      </button>
      {clearHref && (
        <Link href={clearHref} className={buttonClasses("ghost")}>
          Clear
        </Link>
      )}
    </>
  );
}
