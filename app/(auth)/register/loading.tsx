import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <Skeleton className="h-[26rem] rounded-xl" />;
}
