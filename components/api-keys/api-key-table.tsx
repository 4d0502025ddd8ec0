import { KeyRound } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { ApiKeySummary } from "@/lib/api-keys/queries";
import type { ApiKeyKind } from "@/lib/generated/prisma/enums";
import { ApiKeyRow } from "./api-key-row";

const COPY: Record<ApiKeyKind, { caption: string; emptyTitle: string; emptyText: string }> = {
  SERVICE: {
    caption: "Service keys of this workspace, newest first",
    emptyTitle: "No service keys yet",
    emptyText: "Create one above for each integration, so each can be revoked on its own.",
  },
  PERSONAL: {
    caption: "Your personal access tokens, newest first",
    emptyTitle: "No personal access tokens yet",
    emptyText: "Create one above for a script of yours that calls the Triage API.",
  },
};

/**
 * API keys of one kind, newest first, with their state and a revoke button. Personal tokens are
 * all the viewer's own, so only service keys say who created them.
 */
export function ApiKeyTable({ kind, apiKeys }: { kind: ApiKeyKind; apiKeys: ApiKeySummary[] }) {
  const copy = COPY[kind];
  if (apiKeys.length === 0) {
    return (
      <EmptyState icon={KeyRound} title={copy.emptyTitle}>
        {copy.emptyText}
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <DataTable
      caption={copy.caption}
      columns={[
        { label: "Name" },
        { label: "Prefix" },
        { label: "Scopes" },
        { label: "Created", className: "hidden lg:table-cell" },
        { label: "Expires", className: "hidden md:table-cell" },
        { label: "Last used", className: "hidden md:table-cell" },
        { label: "Status" },
        { label: "Actions", className: "text-right" },
      ]}
    >
      {apiKeys.map((apiKey) => (
        <ApiKeyRow key={apiKey.id} apiKey={apiKey} showCreator={kind === "SERVICE"} now={now} />
      ))}
    </DataTable>
  );
}
