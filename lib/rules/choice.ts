import type { FieldRule } from "@/lib/rules/field-rule";

/**
 * One of `options`. The message is worded as z.enum wrote it before the rules were stated without zod, so the
 * routes that took a choice with z.enum answer as they did.
 */
export function choiceRule(options: readonly string[]): FieldRule {
  const message = `Invalid option: expected one of ${options.map((option) => JSON.stringify(option)).join("|")}`;
  return { problem: (value) => (options.includes(value) ? null : message) };
}
