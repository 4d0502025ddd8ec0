"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { archiveCategory, createCategory, deleteCategory, restoreCategory, updateCategory } from "./mutations";
import {
  archiveCategorySchema,
  createCategorySchema,
  deleteCategorySchema,
  restoreCategorySchema,
  updateCategorySchema,
} from "./schemas";

const ADMIN_CATEGORIES_PATH = "/admin/categories";

export const createCategoryAction = defineAction(createCategorySchema, async (input, actor) => {
  const result = await createCategory(actor, input, await getRequestContext());
  revalidatePath(ADMIN_CATEGORIES_PATH);
  return result;
});

export const updateCategoryAction = defineAction(updateCategorySchema, async (input, actor) => {
  const result = await updateCategory(actor, input, await getRequestContext());
  revalidatePath(ADMIN_CATEGORIES_PATH);
  return result;
});

export const archiveCategoryAction = defineAction(archiveCategorySchema, async (input, actor) => {
  const result = await archiveCategory(actor, input, await getRequestContext());
  revalidatePath(ADMIN_CATEGORIES_PATH);
  return result;
});

export const restoreCategoryAction = defineAction(restoreCategorySchema, async (input, actor) => {
  const result = await restoreCategory(actor, input, await getRequestContext());
  revalidatePath(ADMIN_CATEGORIES_PATH);
  return result;
});

export const deleteCategoryAction = defineAction(deleteCategorySchema, async (input, actor) => {
  const result = await deleteCategory(actor, input, await getRequestContext());
  revalidatePath(ADMIN_CATEGORIES_PATH);
  return result;
});
