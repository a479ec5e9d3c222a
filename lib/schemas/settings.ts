import * as z from "@/lib/schemas/zod";
import { emailSchema, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, passwordSchema } from "@/lib/schemas/auth";
import { singleLineText } from "@/lib/schemas/text";

/*
 * The settings forms' request shapes, parsed by the routes under app/api/me and validated by the forms
 * (components/settings). Browser-safe.
 */

export const CURRENT_PASSWORD_MESSAGE = "Enter your current password.";

/** What was typed as the current password: only its presence is checked here; the server checks the rest. */
const currentPassword = z
  .string()
  .check(z.minLength(1, CURRENT_PASSWORD_MESSAGE), z.maxLength(PASSWORD_MAX_LENGTH * 4, "That isn’t your password."));

/** Name and email; the current password is needed only when the email changes (the server decides). */
export const profileSchema = z.object({
  name: singleLineText({ max: NAME_MAX_LENGTH, requiredMessage: "Enter your name." }),
  email: emailSchema,
  currentPassword: z.optional(currentPassword),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const passwordChangeSchema = z.object({
  currentPassword,
  newPassword: passwordSchema,
});
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

/** Deleting the account is confirmed by typing its email. */
export const accountDeletionSchema = z.object({ email: emailSchema });
export type AccountDeletionInput = z.input<typeof accountDeletionSchema>;

/** The answer of a profile update: what the page shows from now on. */
export interface Profile {
  name: string;
  email: string;
}

/** The answer of the other settings calls, which return nothing but success. */
export interface Done {
  done: true;
}
