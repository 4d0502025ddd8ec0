import type { NextAuthConfig } from "next-auth";
import { SESSION_IDLE_SECONDS } from "./session-lifetime";

declare module "next-auth" {
  interface User {
    workspaceId?: string;
    sessionVersion?: number;
  }
  interface Session {
    workspaceId?: string;
    sessionVersion?: number;
    signedInAt?: number;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    workspaceId?: string;
    sessionVersion?: number;
    /** Epoch seconds of the sign-in: renewals keep it, so the absolute lifetime holds. */
    signedInAt?: number;
    /** This sign-in's id, listed in ended_sessions once it signs out (lib/auth/ended-sessions.ts). */
    sessionId?: string;
  }
}

/**
 * The database-free half of the Auth.js configuration. The JWT holds only ids and the session
 * version; the role and the account's state are read from the database on every request
 * (lib/auth/session.ts), so a role change, a disabled account or a revocation takes effect at once.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // The cookie is renewed on every request through proxy.ts, so maxAge is the idle timeout.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
  // Self-hosted behind any proxy: the host comes from the request unless AUTH_URL pins it.
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.workspaceId = user.workspaceId;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.sessionId = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.workspaceId = token.workspaceId;
      session.sessionVersion = token.sessionVersion;
      session.signedInAt = token.signedInAt;
      session.sessionId = token.sessionId;
      return session;
    },
  },
} satisfies NextAuthConfig;
