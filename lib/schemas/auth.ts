import * as z from "@/lib/schemas/zod";
import { emailRule } from "@/lib/rules/email";
import { nameRule } from "@/lib/rules/name";
import { passwordRule } from "@/lib/rules/password";
import { ruleSchema } from "@/lib/schemas/rule";

/*
 * The sign-up request and the account fields other requests share, for the routes and the server logic. Built
 * from the rules in lib/rules, which the forms check with directly: a form importing these would bring zod to its
 * page (≈24 kB; components/forms-without-zod.test.ts).
 */

export const emailSchema = ruleSchema(emailRule);

export const passwordSchema = ruleSchema(passwordRule);

export const nameSchema = ruleSchema(nameRule);

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema });

export type SignUpInput = z.input<typeof signUpSchema>;

/** Why a session ended by itself: inactivity, or its absolute lifetime (the sign-in page says which). */
export type SessionEnd = "idle" | "expired";
