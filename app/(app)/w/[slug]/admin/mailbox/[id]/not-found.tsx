import { MailX } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

export default function MailboxMessageNotFound() {
  return (
    <div className="space-y-4">
      <EmptyState icon={MailX} title="Email not found">
        It does not exist, or it belongs to another workspace.
      </EmptyState>
      <WorkspaceLink href="/admin/mailbox" className={buttonClasses("secondary")}>Back to the mailbox</WorkspaceLink>
    </div>
  );
}
