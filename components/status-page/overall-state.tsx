import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { overallStateLine } from "@/lib/status-page/labels";

const TONES: Record<IncidentSeverity | "OK", string> = {
  OK: "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  SEV1: "border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  SEV2: "border-red-200 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  SEV3: "border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
  SEV4: "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
};

/** The one line everyone comes for: all is well, or how bad the worst current incident is. */
export function OverallState({ worst }: { worst: IncidentSeverity | null }) {
  const Icon = worst ? AlertTriangle : CheckCircle2;
  return (
    <section aria-labelledby="overall-state" className={cn("flex items-center gap-3 rounded-xl border px-5 py-4", TONES[worst ?? "OK"])}>
      <Icon aria-hidden className="size-6 shrink-0" />
      <h1 id="overall-state" className="text-lg font-semibold">
        {overallStateLine(worst)}
      </h1>
    </section>
  );
}
