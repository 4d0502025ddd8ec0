import type { Route } from "next";

/**
 * Every page of a workspace lives under /w/<slug>, so a link in an email, a bookmark and two
 * tabs on two workspaces each name the workspace they act in. Client-safe: links are built on
 * both sides.
 */
export const WORKSPACE_PATH_PREFIX = "/w/";

/** The URL of `path` (starting with "/") inside the workspace with `slug`. */
export function workspacePath(slug: string, path: string): Route {
  return `${WORKSPACE_PATH_PREFIX}${slug}${path === "/" ? "" : path}` as Route;
}

/** The workspace slug and the path inside it of a URL path, or null when the path is not a workspace's. */
export function splitWorkspacePath(pathname: string): { slug: string; path: string } | null {
  const match = /^\/w\/([^/?#]+)(.*)$/.exec(pathname);
  if (!match) return null;
  const [, slug = "", rest = ""] = match;
  return { slug, path: rest.startsWith("/") ? rest : `/${rest}` };
}

/**
 * The URL of a download of the workspace with `slug` (a CSV, a PDF): under /api, so it gets the
 * API's responses headers and no page's, and names its workspace like a page does.
 */
export function workspaceDownloadPath(slug: string, path: string): string {
  return `/api${WORKSPACE_PATH_PREFIX}${slug}${path}`;
}

/**
 * Whether `slug` has the shape of a workspace's URL name (lowercase letters, digits, hyphens):
 * anything else in a URL names no workspace and need not be looked up (a NUL byte would not
 * even reach PostgreSQL).
 */
export function couldBeWorkspaceSlug(slug: string): boolean {
  return /^[a-z0-9-]{1,64}$/.test(slug);
}
