"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { AdminCategoryItem } from "@/lib/categories/queries";
import { CategoryArchiveButton } from "./category-archive-button";
import { CategoryDeleteButton } from "./category-delete-button";
import { CategoryEditForm } from "./category-edit-form";
import { CategoryStatusBadge } from "./category-status-badge";

// The edit row spans the whole table, so it must match CategoryTable's columns.
const CATEGORY_COLUMN_COUNT = 5;

/** One category, and below it, while being edited, a row holding its edit form. */
export function CategoryRow({ category }: { category: AdminCategoryItem }) {
  const [isEditing, setIsEditing] = useState(false);
  const formId = `edit-category-${category.id}`;
  const editButtonId = `edit-category-button-${category.id}`;
  const close = () => {
    setIsEditing(false);
    // Back to where the keyboard user opened the form; the form that held focus is gone.
    requestAnimationFrame(() => document.getElementById(editButtonId)?.focus());
  };
  return (
    <>
      <tr className="align-top hover:bg-surface-muted/50">
        <td className="max-w-56 px-4 py-3 font-medium break-words">{category.name}</td>
        <td className="hidden max-w-md px-4 py-3 break-words text-fg-muted md:table-cell">
          {category.description || <span className="sr-only">No description</span>}
        </td>
        <td className="px-4 py-3 text-right tabular-nums">{category.ticketCount}</td>
        <td className="px-4 py-3">
          <CategoryStatusBadge isArchived={category.isArchived} />
        </td>
        <td className="px-4 py-3">
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              id={editButtonId}
              variant="secondary"
              aria-label={`Edit ${category.name}`}
              aria-expanded={isEditing}
              aria-controls={isEditing ? formId : undefined}
              onClick={() => (isEditing ? close() : setIsEditing(true))}
            >
              <Pencil aria-hidden className="size-4" />
              Edit
            </Button>
            <CategoryArchiveButton categoryId={category.id} name={category.name} isArchived={category.isArchived} />
            {category.ticketCount === 0 && <CategoryDeleteButton categoryId={category.id} name={category.name} />}
          </div>
        </td>
      </tr>
      {isEditing && (
        <tr className="bg-surface-muted/40">
          <td colSpan={CATEGORY_COLUMN_COUNT} className="px-4 py-4">
            <CategoryEditForm id={formId} category={category} onClose={close} />
          </td>
        </tr>
      )}
    </>
  );
}
