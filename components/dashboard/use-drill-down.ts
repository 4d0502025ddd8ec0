import { useRouter } from "next/navigation";
import type { DrillDown } from "@/lib/dashboard/links";
import { drillHref, type DrillScope } from "./drill-href";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";

/** Navigates to the ticket list behind a clicked bar or point. */
export function useDrillDown(scope: DrillScope): (drill: DrillDown) => void {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  return (drill) => router.push(inWorkspace(drillHref(scope, drill)));
}
