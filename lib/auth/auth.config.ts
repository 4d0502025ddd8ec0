import type { NextAuthConfig } from "next-auth";

/** Idle sessions end after this long; a new sign-in starts a new one. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

declare module "next-auth" {
  interface User {
    workspaceId?: string;
    sessionVersion?: number;
  }
  interface Session {
    workspaceId?: string;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    workspaceId?: string;
    sessionVersion?: number;
  }
}

/**
 * The database-free half of the Auth.js configuration. The JWT holds only ids and the session
 * version; the role and the account's state are read from the database on every request
 * (lib/auth/session.ts), so a role change, a disabled account or a revocation takes effect at once.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Self-hosted behind any proxy: the host comes from the request unless AUTH_URL pins it.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.workspaceId = user.workspaceId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.workspaceId = token.workspaceId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
} satisfies NextAuthConfig;
