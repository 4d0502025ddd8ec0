import type { AuditEntryItem } from "@/lib/audit/queries";

type Json = AuditEntryItem["metadata"];

const MAX_LENGTH = 120;

const isRecord = (value: Json): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const scalar = (value: Json): string => (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));

/**
 * An entry's details on one line: a change as "from → to" first, the other fields as key: value.
 * The full JSON stays in the tooltip, so nothing is lost to the shortening.
 */
export function describeAuditMetadata(metadata: Json): string {
  if (!isRecord(metadata)) return metadata === null ? "" : scalar(metadata);
  const { from, to, ...rest } = metadata;
  const parts = from !== undefined || to !== undefined ? [`${scalar(from ?? null)} → ${scalar(to ?? null)}`] : [];
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    parts.push(isRecord(value) && "from" in value && "to" in value
      ? `${key}: ${scalar(value.from ?? null)} → ${scalar(value.to ?? null)}`
      : `${key}: ${scalar(value)}`);
  }
  const text = parts.join(", ");
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

export function AuditMetadata({ metadata }: { metadata: Json }) {
  const text = describeAuditMetadata(metadata);
  if (!text) return <span className="text-fg-muted">—</span>;
  return (
    <span className="block max-w-80 truncate font-mono text-xs" title={JSON.stringify(metadata)}>
      {text}
    </span>
  );
}
