import { Badge } from "@/components/ui/badge";
import type { ApiKeySummary } from "@/lib/api-keys/queries";

type ApiKeyStatus = "active" | "expired" | "revoked";

/** Revoked wins over expired: it was a decision, and it holds whatever the expiry says. */
export function apiKeyStatusOf(key: Pick<ApiKeySummary, "revokedAt" | "expiresAt">, now: Date): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  return "active";
}

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  if (status === "revoked") return <Badge tone="red">Revoked</Badge>;
  if (status === "expired") return <Badge tone="amber">Expired</Badge>;
  return <Badge tone="green">Active</Badge>;
}
