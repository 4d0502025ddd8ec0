import { z } from "zod";

/** The form field that carries the widget's answer, in every form that may ask for it. */
export const CAPTCHA_FIELD = "captcha";

export const CAPTCHA_REQUIRED_MESSAGE = "Complete the check below to continue.";

// A solved challenge is about 700 characters of base64; the cap only stops oversized junk
// before it reaches the verifier.
const MAX_CAPTCHA_PAYLOAD_LENGTH = 10_000;

/**
 * The proof-of-work answer as a form sends it: opaque and optional here, since only the server
 * knows whether this request needs one (assertCaptchaIfRequired). Add it as field `captcha`.
 */
export const captchaSchema = z.string().max(MAX_CAPTCHA_PAYLOAD_LENGTH).optional();
export type CaptchaInput = z.infer<typeof captchaSchema>;
