import { Minus, TrendingDown, TrendingUp } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { type ChangeTone, describeChange, formatHeadlineValue } from "@/lib/dashboard/format";
import type { DashboardScope, Headline } from "@/lib/dashboard/types";

const TONE_CLASSES: Record<ChangeTone, string> = {
  good: "text-success",
  bad: "text-danger",
  neutral: "text-fg-muted",
};

// The arrow follows the number's direction; the colour says whether that is good news.
const DIRECTION_ICONS = { up: TrendingUp, down: TrendingDown, none: Minus } as const;

/** The key figures of the range, each against the range before it. */
export function HeadlineCards({ headlines, scope }: { headlines: Headline[]; scope: DashboardScope }) {
  return (
    <section aria-labelledby="dashboard-headlines">
      <h2 id="dashboard-headlines" className="sr-only">
        Key figures
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {headlines.map((headline) => {
          const change = describeChange(headline, scope);
          const Icon = DIRECTION_ICONS[change.direction];
          return (
            <div key={headline.key} className="flex flex-col rounded-lg border border-border bg-surface p-4 shadow-xs">
              <dt className="text-sm text-fg-muted">{headline.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{formatHeadlineValue(headline)}</dd>
              <dd className={cn("mt-1 flex items-start gap-1 text-xs", TONE_CLASSES[change.tone])}>
                <Icon aria-hidden className="mt-px size-3.5 shrink-0" />
                {change.text}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
