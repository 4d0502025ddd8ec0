import { z } from "zod";
import { text, titleText } from "@/lib/validation/text";

/**
 * How many categories a workspace may have. It bounds the admin list and every ticket form's
 * menu, so both can load the whole set without paging.
 */
export const MAX_CATEGORIES = 200;

export const DUPLICATE_CATEGORY_NAME_MESSAGE = "A category with this name already exists.";

const categoryName = titleText(z.string().trim().min(1, "Give the category a name.").max(60, "Keep the name to 60 characters or fewer."));
const categoryDescription = text(z.string().trim().max(500, "Keep the description to 500 characters or fewer."));

export const createCategorySchema = z.object({ name: categoryName, description: categoryDescription });
export type CreateCategoryInput = z.infer<typeof createCategorySchema>;

export const updateCategorySchema = createCategorySchema.extend({ categoryId: z.uuid() });
export type UpdateCategoryInput = z.infer<typeof updateCategorySchema>;

/** Names one category; archiving, restoring and deleting take nothing else. */
export const archiveCategorySchema = z.object({ categoryId: z.uuid() });
export type ArchiveCategoryInput = z.infer<typeof archiveCategorySchema>;

export const restoreCategorySchema = archiveCategorySchema;
export type RestoreCategoryInput = z.infer<typeof restoreCategorySchema>;

export const deleteCategorySchema = archiveCategorySchema;
export type DeleteCategoryInput = z.infer<typeof deleteCategorySchema>;
