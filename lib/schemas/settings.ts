import * as z from "@/lib/schemas/zod";
import { currentPasswordRule } from "@/lib/rules/password";
import { emailSchema, nameSchema, passwordSchema } from "@/lib/schemas/auth";
import { ruleSchema } from "@/lib/schemas/rule";

/*
 * The settings requests' shapes, parsed by the routes under app/api/me; the forms (components/settings) check the
 * same rules (lib/rules) without zod.
 */

const currentPassword = ruleSchema(currentPasswordRule);

/** Name and email; the current password is needed only when the email changes (the server decides). */
export const profileSchema = z.object({
  name: nameSchema,
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
