import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <Skeleton className="h-80 rounded-xl" />;
}
