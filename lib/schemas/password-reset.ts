import * as z from "@/lib/schemas/zod";
import { resetTokenRule } from "@/lib/rules/password-reset";
import { emailSchema, passwordSchema } from "@/lib/schemas/auth";
import { ruleSchema } from "@/lib/schemas/rule";

/* The forgotten-password flow's request shapes, for its routes; its forms check the same rules (lib/rules). */

export const resetRequestSchema = z.object({ email: emailSchema });
export type ResetRequestInput = z.input<typeof resetRequestSchema>;

export const resetCompletionSchema = z.object({
  token: ruleSchema(resetTokenRule),
  password: passwordSchema,
});
export type ResetCompletionInput = z.input<typeof resetCompletionSchema>;

export interface ResetRequested {
  requested: true;
}
