import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyCreateForm } from "@/components/api-keys/api-key-create-form";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { listServiceKeys } from "@/lib/api-keys/queries";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const actor = await requirePermission("api_keys.manage");
  const apiKeys = await listServiceKeys(actor);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">API keys</h2>
        <p className="mt-1 text-sm text-fg-muted">
          A service key lets an integration call the Triage REST API as its own service account, limited to the
          scopes you grant and revocable at any time. What it can call is in the{" "}
          <Link href="/api/docs" className="text-accent underline underline-offset-2">
            API reference
          </Link>
          .
        </p>
      </div>
      <ApiKeyCreateForm kind="SERVICE" scopes={API_SCOPES} />
      <ApiKeyTable kind="SERVICE" apiKeys={apiKeys} />
    </div>
  );
}
