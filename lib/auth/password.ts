import "server-only";
import { hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id recommendation: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Algorithm.Argon2id: a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/**
 * The pepper: a server-side secret mixed into every hash (argon2's `secret`), so a copy of the
 * database alone cannot be cracked offline. Required at start-up (lib/server-config.ts).
 */
function pepper(): Buffer {
  const value = process.env.PASSWORD_PEPPER;
  if (!value) throw new Error("PASSWORD_PEPPER is not set.");
  return Buffer.from(value);
}

const options = () => ({ algorithm: ARGON2ID, ...ARGON2_PARAMETERS, secret: pepper() });

export function hashPassword(password: string): Promise<string> {
  return hash(password, options());
}

// Verified against when no account matches, so a wrong email costs as long as a wrong password
// and response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; a missing hash still spends the time of one. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoyHash ??= hashPassword("decoy password that matches nothing");
    await verify(await decoyHash, password, options()).catch(() => false);
    return false;
  }
  return verify(storedHash, password, options()).catch(() => false);
}

const CURRENT_PARAMETERS = `m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}`;

/**
 * Whether a hash was made with other parameters than today's: after a successful sign-in the
 * password is hashed again, so raising the cost upgrades every active account.
 */
export function passwordNeedsRehash(storedHash: string): boolean {
  const [, algorithm, , parameters] = storedHash.split("$");
  return algorithm !== "argon2id" || parameters !== CURRENT_PARAMETERS;
}

/**
 * The user fields a new password sets: the hash, when it changed, and, since whoever held the old
 * password must lose access, a new session version (every session ends) and a cleared lockout.
 */
export function newPasswordFields(passwordHash: string, changedAt: Date) {
  return {
    passwordHash,
    passwordChangedAt: changedAt,
    sessionVersion: { increment: 1 },
    failedLoginCount: 0,
    lockedUntil: null,
  };
}
