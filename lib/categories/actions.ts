"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { archiveCategory, createCategory, deleteCategory, restoreCategory, updateCategory } from "./mutations";
import {
  archiveCategorySchema,
  createCategorySchema,
  deleteCategorySchema,
  restoreCategorySchema,
  updateCategorySchema,
} from "./schemas";

const ADMIN_CATEGORIES_PATH = "/admin/categories";

export const createCategoryAction = defineAction(createCategorySchema, async (input, actor, context) => {
  const result = await createCategory(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_CATEGORIES_PATH);
  return result;
});

export const updateCategoryAction = defineAction(updateCategorySchema, async (input, actor, context) => {
  const result = await updateCategory(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_CATEGORIES_PATH);
  return result;
});

export const archiveCategoryAction = defineAction(archiveCategorySchema, async (input, actor, context) => {
  const result = await archiveCategory(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_CATEGORIES_PATH);
  return result;
});

export const restoreCategoryAction = defineAction(restoreCategorySchema, async (input, actor, context) => {
  const result = await restoreCategory(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_CATEGORIES_PATH);
  return result;
});

export const deleteCategoryAction = defineAction(deleteCategorySchema, async (input, actor, context) => {
  const result = await deleteCategory(actor, input, context);
  revalidateWorkspacePaths(actor, ADMIN_CATEGORIES_PATH);
  return result;
});
