import type { Metadata } from "next";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listSelectableCategories } from "@/lib/categories/queries";

export const metadata: Metadata = { title: "New ticket" };

export default async function NewTicketPage() {
  const actor = await requireActor();
  const categories = await listSelectableCategories(actor);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New ticket</h1>
        <p className="mt-1 text-sm text-fg-muted">Describe what you need; the support team replies on the ticket.</p>
      </div>
      <div className="rounded-lg border border-border bg-surface p-6">
        <NewTicketForm categories={categories} canChooseUrgent={can(actor, "tickets.set_urgent")} />
      </div>
    </div>
  );
}
