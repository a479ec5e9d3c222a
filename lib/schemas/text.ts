import { singleLineTextRule } from "@/lib/rules/text";
import { ruleSchema } from "@/lib/schemas/rule";

/**
 * A single-line text field (lib/rules/text.ts): trimmed, required, at most `max` characters (code points), no
 * control characters. Future forms build their text fields from this, so the rule and its message are the same
 * everywhere.
 */
export function singleLineText(options: { max: number; requiredMessage: string }) {
  return ruleSchema(singleLineTextRule(options));
}
