import { Skeleton } from "./skeleton";

/**
 * A list table while it loads: the heading row and eight rows of placeholder cells, each with
 * the classes given (size and visibility, e.g. "h-4 w-20"), so it has the real table's shape.
 */
export function TableSkeleton({ cells }: { cells: string[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface">
      <Skeleton className="h-10 rounded-none" />
      {Array.from({ length: 8 }, (_, row) => (
        <div key={row} className="flex items-center gap-4 border-t border-border px-4 py-3.5">
          {cells.map((classes, cell) => (
            <Skeleton key={cell} className={classes} />
          ))}
        </div>
      ))}
    </div>
  );
}
