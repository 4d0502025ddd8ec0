import { z } from "zod";

// The boundary rule for every text input. PostgreSQL text cannot hold NUL (error 22021) and
// Prisma's engine refuses a lone UTF-16 surrogate: either would fail the statement with a 500.
// NULs are dropped and a lone surrogate becomes U+FFFD before any other rule runs.
export const cleanText = (value: string) => value.replaceAll("\u0000", "").toWellFormed();

/** Text as it arrives, cleaned, then checked by `rules`. */
export const text = <S extends z.ZodType<unknown, string>>(rules: S) => z.string().transform(cleanText).pipe(rules);

// Characters that hide or reorder what a one-line title or name shows: controls and line
// separators, and format characters such as bidi overrides (U+202A-202E, U+2066-2069),
// zero-width spaces and marks (U+200B, U+200E-200F) and the BOM. ZWNJ and ZWJ (U+200C-200D) stay:
// Persian, Indic scripts and emoji sequences need them.
const INVISIBLE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Whether text holds a character a one-line title or name may not. */
export const hasInvisibleCharacters = (value: string) => INVISIBLE.test(value);

export const INVISIBLE_CHARACTERS_MESSAGE = "Remove line breaks, tabs and invisible formatting characters (such as direction marks).";

/** A title or name: cleaned text on one line, with nothing invisible in it, then `rules`. */
export const titleText = <S extends z.ZodType<unknown, string>>(rules: S) =>
  text(z.string().refine((value) => !hasInvisibleCharacters(value), INVISIBLE_CHARACTERS_MESSAGE).pipe(rules));
