import * as z from "@/lib/schemas/zod";
import { CONTROL_CHARACTER_MESSAGE, characterCount, hasControlCharacter, singleLineText } from "@/lib/schemas/text";

/*
 * Input rules shared by the route, the server logic and the sign-up / password forms, stated once (no
 * server-only: the browser imports them). The forms' hints are built from these constants too.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;

export const PASSWORD_LENGTH_MESSAGE = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`;
export const PASSWORD_BLANK_MESSAGE = "Use some characters other than spaces.";
/** The whole rule in one sentence, for the hint under an empty password field. */
export const PASSWORD_RULE = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not only spaces.`;

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z.pipe(
  z.pipe(z.string(), z.transform(normaliseEmail)),
  z.email("Enter a valid email address.").check(z.maxLength(254, "Use at most 254 characters.")),
);

/** Spaces of every kind and invisible characters (zero-width space, joiners) do not make a password. */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Length is counted in Unicode code points, on both sides (a form counting UTF-16 units would call an emoji two
 * characters). Not trimmed: spaces inside and around a password are part of it.
 */
export const passwordSchema = z.string().check(
  z.refine((password) => {
    const length = characterCount(password);
    return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
  }, PASSWORD_LENGTH_MESSAGE),
  z.refine((password) => VISIBLE.test(password), PASSWORD_BLANK_MESSAGE),
  z.refine((password) => !hasControlCharacter(password), CONTROL_CHARACTER_MESSAGE),
);

export const signUpSchema = z.object({
  name: singleLineText({ max: NAME_MAX_LENGTH, requiredMessage: "Enter your name." }),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.input<typeof signUpSchema>;

/** Why a session ended by itself: inactivity, or its absolute lifetime (the sign-in page says which). */
export type SessionEnd = "idle" | "expired";
