import { singleLineTextRule } from "@/lib/rules/text";

/** A person's name (sign-up, settings). */
export const NAME_MAX_LENGTH = 100;

export const nameRule = singleLineTextRule({ max: NAME_MAX_LENGTH, requiredMessage: "Enter your name." });
