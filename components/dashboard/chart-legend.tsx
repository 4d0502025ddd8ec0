import { CHART_PALETTE_CLASS, type SeriesStyle } from "./chart-theme";

/**
 * The series' names beside a sample of their line, dash pattern included, in HTML rather than
 * Recharts' legend so it wraps on narrow cards and reads in the page's own text colour.
 */
export function ChartLegend({ series }: { series: { name: string; style: SeriesStyle }[] }) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted ${CHART_PALETTE_CLASS}`}>
      {series.map(({ name, style }) => (
        <li key={name} className="inline-flex items-center gap-1.5">
          <svg aria-hidden width="24" height="8" className="shrink-0">
            <line x1="0" y1="4" x2="24" y2="4" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
