/** The `name=value` pairs of a response's Set-Cookie headers, attributes dropped. */
export function cookiePairs(response: Response): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const equals = pair.indexOf("=");
    if (equals > 0) pairs.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
  }
  return pairs;
}

const cookieHeader = (pairs: Map<string, string>) => [...pairs].map(([name, value]) => `${name}=${value}`).join("; ");

/**
 * Signs in through Auth.js's own HTTP endpoints, the way a browser's form post would reach the
 * Credentials provider: a CSRF token with its cookie, then the callback. Returns the Cookie
 * header that carries the session; throws when no session cookie comes back.
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}.`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookiePairs(csrf);
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/` }),
  });
  const session = [...cookiePairs(callback)].find(([name]) => name.endsWith("authjs.session-token"));
  if (!session) {
    throw new Error(`Signing in as ${email} gave no session (status ${callback.status}, location ${callback.headers.get("location")}).`);
  }
  return `${session[0]}=${session[1]}`;
}
