import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { requestContextFrom } from "@/lib/request-context";
import { authConfig } from "./auth.config";
import { verifyCredentials } from "./credentials";
import { signInSchema } from "./schemas";
import { AccountLockedError, InvalidCredentialsError, SignInThrottledError } from "./sign-in-errors";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A failed sign-in is an expected outcome shown to the user, not a server error.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentialsError();
        const result = await verifyCredentials(parsed.data, requestContextFrom(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new SignInThrottledError(result.retryAfterSeconds);
        if (result.reason === "locked") throw new AccountLockedError(result.retryAfterSeconds);
        throw new InvalidCredentialsError();
      },
    }),
  ],
});
