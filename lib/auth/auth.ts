import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials } from "@/lib/sign-in/authorize";
import { authConfig } from "./auth.config";
import { endSession } from "./ended-sessions";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    // Both the app's Sign out (signOut()) and Auth.js's own POST /api/auth/signout end here, so
    // either way the session is listed as ended, not only its cookie cleared.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sessionId && token.sub && token.signedInAt) {
        await endSession({ sessionId: token.sessionId, userId: token.sub, signedInAt: token.signedInAt });
      }
    },
  },
  logger: {
    // A failed sign-in is an expected outcome shown to the user, not a server error.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, captcha: {}, step: {}, code: {}, recoveryCode: {} },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
  ],
});
