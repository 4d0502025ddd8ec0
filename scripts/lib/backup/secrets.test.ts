import { describe, expect, it } from "vitest";
import { collectBackupSecrets, parseBackupSecrets, secretsOverriddenByEnvironment } from "./secrets";

describe("the secrets a backup carries", () => {
  it("are the ones the server runs with: the environment's first, the database password from the file", () => {
    const env = { PASSWORD_PEPPER: "pepper from the environment", EMBEDDED_POSTGRES_PASSWORD: "ignored" };
    const file = { PASSWORD_PEPPER: "pepper from the file", AUTH_SECRET: "auth secret from the file", EMBEDDED_POSTGRES_PASSWORD: "database password" };
    expect(collectBackupSecrets(env, file)).toEqual({
      secrets: { AUTH_SECRET: "auth secret from the file", PASSWORD_PEPPER: "pepper from the environment", EMBEDDED_POSTGRES_PASSWORD: "database password" },
      missing: ["TWO_FACTOR_ENCRYPTION_KEY"],
    });
  });

  it("are read back only from a well-formed secrets file", () => {
    expect(parseBackupSecrets('{"PASSWORD_PEPPER":"p"}')).toEqual({ PASSWORD_PEPPER: "p" });
    expect(parseBackupSecrets('{"PASSWORD_PEPPER":42}')).toBeNull();
    expect(parseBackupSecrets('{"SOMETHING_ELSE":"x"}')).toBeNull();
    expect(parseBackupSecrets("not json")).toBeNull();
  });

  it("name the server secrets that the environment would override with other values after a restore", () => {
    const restored = { PASSWORD_PEPPER: "restored pepper", AUTH_SECRET: "restored auth secret" };
    const env = { PASSWORD_PEPPER: "another pepper", AUTH_SECRET: "restored auth secret", TWO_FACTOR_ENCRYPTION_KEY: "a key" };
    expect(secretsOverriddenByEnvironment(restored, env)).toEqual(["PASSWORD_PEPPER"]);
  });
});
