import { cn } from "./cn";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-surface-muted", className)} />;
}

/** A page or section heading and its one-line description while they load. */
export function HeadingSkeleton({
  titleClassName,
  descriptionClassName,
}: {
  titleClassName: string;
  descriptionClassName: string;
}) {
  return (
    <div className="space-y-2">
      <Skeleton className={titleClassName} />
      <Skeleton className={descriptionClassName} />
    </div>
  );
}
