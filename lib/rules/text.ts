import type { FieldRule } from "@/lib/rules/field-rule";

/* Text that people type, checked the same way in the browser and on the server (lib/schemas/text.ts). */

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
 * A single-line text field: trimmed, no control characters, required, at most `max` characters (code points).
 * Every form's text fields are built from this, so the rule and its messages are the same everywhere.
 */
export function singleLineTextRule({ max, requiredMessage }: { max: number; requiredMessage: string }): FieldRule {
  return {
    normalise: (value) => value.trim(),
    problem: (value) => {
      if (hasControlCharacter(value)) return CONTROL_CHARACTER_MESSAGE;
      if (value.length === 0) return requiredMessage;
      if (characterCount(value) > max) return `Use at most ${max} characters.`;
      return null;
    },
  };
}
