import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ApiKeySummary } from "@/lib/api-keys/queries";
import { ApiKeyStatusBadge, apiKeyStatusOf } from "./api-key-status-badge";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

/** One key: what it may do, who made it, when it was last used and from where, and its state. */
export function ApiKeyRow({ apiKey, showCreator, now }: { apiKey: ApiKeySummary; showCreator: boolean; now: Date }) {
  const status = apiKeyStatusOf(apiKey, now);
  return (
    <tr className="align-top hover:bg-surface-muted/50">
      <td className="max-w-56 px-4 py-3 font-medium break-words">{apiKey.name}</td>
      <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{apiKey.prefix}…</td>
      <td className="px-4 py-3">
        <ul aria-label={`Scopes of ${apiKey.name}`} className="flex max-w-64 flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge tone="blue">{scope}</Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className="hidden px-4 py-3 text-fg-muted lg:table-cell">
        <RelativeTime date={apiKey.createdAt} now={now} />
        {showCreator && <p className="max-w-40 truncate">by {apiKey.createdBy.name}</p>}
      </td>
      <td className="hidden px-4 py-3 text-fg-muted md:table-cell">
        {apiKey.expiresAt ? <RelativeTime date={apiKey.expiresAt} now={now} /> : "Never"}
      </td>
      <td className="hidden px-4 py-3 text-fg-muted md:table-cell">
        {apiKey.lastUsedAt ? (
          <>
            <RelativeTime date={apiKey.lastUsedAt} now={now} />
            {apiKey.lastUsedIp && <p className="font-mono text-xs">{apiKey.lastUsedIp}</p>}
          </>
        ) : (
          "Never used"
        )}
      </td>
      <td className="px-4 py-3">
        <ApiKeyStatusBadge status={status} />
      </td>
      <td className="px-4 py-3">
        <div className="flex justify-end">{status !== "revoked" && <RevokeApiKeyButton id={apiKey.id} name={apiKey.name} />}</div>
      </td>
    </tr>
  );
}
