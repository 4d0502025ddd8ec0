import type { Metadata } from "next";
import { CategoryCreateForm } from "@/components/categories/category-create-form";
import { CategoryTable } from "@/components/categories/category-table";
import { requirePermission } from "@/lib/auth/session";
import { listCategoriesForAdmin } from "@/lib/categories/queries";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const actor = await requirePermission("categories.manage");
  const categories = await listCategoriesForAdmin(actor);
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">Categories</h2>
        <p className="mt-1 text-sm text-fg-muted">
          What tickets are about. A category with tickets is archived rather than deleted: its tickets keep it, new ones
          cannot choose it. Every change is audited.
        </p>
      </div>
      <CategoryCreateForm />
      <CategoryTable categories={categories} />
    </div>
  );
}
