/**
 * An absolute link into the app for emails, which are read outside any request: `AUTH_URL` (the
 * public origin) when set, else the local server.
 */
export function appUrl(path: string): string {
  const base = process.env.AUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path.startsWith("/") ? path : `/${path}`, base).toString();
}
