import "server-only";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { decryptTwoFactorSecret } from "./crypto";
import { buildOtpauthUri, formatSecretForReading } from "./totp";

export type PendingEnrolment = { qrCodeDataUrl: string; secretForReading: string };

export type TwoFactorSettings =
  | { status: "off" }
  | { status: "pending"; enrolment: PendingEnrolment }
  | { status: "on"; enabledAt: Date; unusedRecoveryCodes: number };

/**
 * The actor's own two-factor state. A pending enrolment comes with its QR code and key, so
 * the setup survives a reload; they are the actor's own and shown only to them.
 */
export async function findTwoFactorSettings(actor: Actor): Promise<TwoFactorSettings> {
  const user = await dbFor(actor).user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { twoFactorSecret: true, twoFactorEnabledAt: true },
  });
  if (user.twoFactorEnabledAt) {
    const unusedRecoveryCodes = await dbFor(actor).recoveryCode.count({ where: { userId: actor.userId, usedAt: null } });
    return { status: "on", enabledAt: user.twoFactorEnabledAt, unusedRecoveryCodes };
  }
  if (!user.twoFactorSecret) return { status: "off" };
  const secret = decryptTwoFactorSecret(actor.userId, user.twoFactorSecret);
  // Rendered here so the secret never needs a client-side QR library; the CSP allows data: images.
  const qrCodeDataUrl = await QRCode.toDataURL(buildOtpauthUri(secret, actor.email), { margin: 1, width: 192 });
  return { status: "pending", enrolment: { qrCodeDataUrl, secretForReading: formatSecretForReading(secret) } };
}
