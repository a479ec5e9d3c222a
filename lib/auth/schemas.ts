import { z } from "zod";

/*
 * Input rules shared by the server and the sign-up / password forms (no server-only: the browser imports them).
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email("Enter a valid email address.").max(254, "Use at most 254 characters."));

/** Counted in Unicode characters, not UTF-16 code units, so an emoji counts once. */
export const passwordSchema = z.string().refine((password) => {
  const length = [...password].length;
  return length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH;
}, `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`);

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.input<typeof signUpSchema>;
