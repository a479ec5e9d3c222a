import * as z from "@/lib/schemas/zod";
import { emailSchema, passwordSchema } from "@/lib/schemas/auth";

/* The forgotten-password flow's request shapes, for its routes and forms. Browser-safe. */

/** 32 random bytes in base64url, as lib/auth/password-reset issues them. */
export const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** How long a reset link works (lib/auth/password-reset uses it too). */
export const RESET_LINK_MINUTES = 30;

export const RESET_LINK_INVALID = "This reset link has expired or has already been used.";

export const resetRequestSchema = z.object({ email: emailSchema });
export type ResetRequestInput = z.input<typeof resetRequestSchema>;

export const resetCompletionSchema = z.object({
  token: z.string().check(z.regex(RESET_TOKEN, RESET_LINK_INVALID)),
  password: passwordSchema,
});
export type ResetCompletionInput = z.input<typeof resetCompletionSchema>;

export interface ResetRequested {
  requested: true;
}
