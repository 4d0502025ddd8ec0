import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run outside React Server Components, where `server-only` would throw on import.
      "server-only": path.resolve(import.meta.dirname, "lib/test/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    env: {
      PASSWORD_PEPPER: "test-pepper-that-is-at-least-32-characters-long",
      TWO_FACTOR_ENCRYPTION_KEY: "test-two-factor-key-that-is-32-characters-or-more",
      AUTH_SECRET: "test-auth-secret-that-is-at-least-32-characters-long",
    },
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/database-per-file.ts"],
    pool: "forks",
    // next-auth imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
