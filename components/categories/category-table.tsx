import { Tags } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AdminCategoryItem } from "@/lib/categories/queries";
import { CategoryRow } from "./category-row";

/** The workspace's categories, active ones first, with what an admin can do to each. */
export function CategoryTable({ categories }: { categories: AdminCategoryItem[] }) {
  if (categories.length === 0) {
    return (
      <EmptyState icon={Tags} title="No categories yet">
        Create the first one above. Categories group tickets for the queue and the dashboard.
      </EmptyState>
    );
  }
  return (
    <DataTable
      caption="Categories of this workspace, active ones first, by name"
      columns={[
        { label: "Name" },
        { label: "Description", className: "hidden md:table-cell" },
        { label: "Tickets", className: "text-right" },
        { label: "Status" },
        { label: "Actions", className: "text-right" },
      ]}
    >
      {categories.map((category) => (
        <CategoryRow key={category.id} category={category} />
      ))}
    </DataTable>
  );
}
