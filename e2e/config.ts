/** The fixed data the e2e server seeds (scripts/e2e-server.ts) and the specs sign in with. */
export const E2E_ADMIN = { email: "e2e-admin@example.com", password: "e2e admin password 2026" };
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "triage_e2e";
export const DEMO_PASSWORD = "triage-demo-password";
/** The seeded workspace the specs work in (lib/setup/first-admin.ts DEFAULT_WORKSPACE). */
export const E2E_WORKSPACE_SLUG = "default";
