import { MailX } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function MailboxMessageNotFound() {
  return (
    <div className="space-y-4">
      <EmptyState icon={MailX} title="Email not found">
        It does not exist, or it belongs to another workspace.
      </EmptyState>
      <Link href={"/admin/mailbox" as Route} className={buttonClasses("secondary")}>Back to the mailbox</Link>
    </div>
  );
}
