import type { FieldRule } from "@/lib/rules/field-rule";

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A practical address rather than every corner of RFC 5322: dot-separated words of letters, digits and _ ' + -
 * before the @; after it, dot-separated labels that start with a letter or digit, ending in a top-level domain of
 * two or more letters. ASCII only, as the addresses people sign up with are.
 */
const EMAIL = /^[\w'+-]+(?:\.[\w'+-]+)*@(?:[a-z\d][a-z\d-]*\.)+[a-z]{2,}$/i;

/** The longest address SMTP can deliver to (RFC 5321's path limit less its angle brackets). */
const EMAIL_MAX_LENGTH = 254;

export const emailRule: FieldRule = {
  normalise: normaliseEmail,
  problem: (email) => {
    if (!EMAIL.test(email)) return "Enter a valid email address.";
    if (email.length > EMAIL_MAX_LENGTH) return `Use at most ${EMAIL_MAX_LENGTH} characters.`;
    return null;
  },
};
