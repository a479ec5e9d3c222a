import * as z from "@/lib/schemas/zod";

/*
 * Text that people type, checked the same way in the browser and on the server (no server-only: forms import it).
 */

/**
 * C0 controls (U+0000–U+001F), DEL and C1 controls (U+007F–U+009F). A single-line field has no use for any of
 * them, and some are harmful downstream: PostgreSQL refuses U+0000 in text, so a NUL in a name was a 500.
 */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/u;

export const CONTROL_CHARACTER_MESSAGE = "Remove the hidden control characters (such as tabs or line breaks).";

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** Length in Unicode code points, so an emoji or an accented letter typed as one character counts once. */
export function characterCount(value: string): number {
  return [...value].length;
}

/**
 * A single-line text field: trimmed, required, at most `max` characters (code points), no control characters.
 * Future forms build their text fields from this, so the rule and its message are the same everywhere.
 */
export function singleLineText({ max, requiredMessage }: { max: number; requiredMessage: string }) {
  return z.string().check(
    z.trim(),
    z.refine((value) => !hasControlCharacter(value), { message: CONTROL_CHARACTER_MESSAGE, abort: true }),
    z.refine((value) => value.length > 0, { message: requiredMessage, abort: true }),
    z.refine((value) => characterCount(value) <= max, `Use at most ${max} characters.`),
  );
}
