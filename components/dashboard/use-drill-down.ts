import { useRouter } from "next/navigation";
import type { DrillDown } from "@/lib/dashboard/links";
import { drillHref, type DrillScope } from "./drill-href";

/** Navigates to the ticket list behind a clicked bar or point. */
export function useDrillDown(scope: DrillScope): (drill: DrillDown) => void {
  const router = useRouter();
  return (drill) => router.push(drillHref(scope, drill));
}
