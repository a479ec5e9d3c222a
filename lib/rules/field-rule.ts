/*
 * Input rules as plain functions, without zod: forms check with them in the browser, where zod would cost ≈24 kB
 * of a page's JavaScript (README → Performance → Pages), and the servers' zod schemas are built from the very same
 * functions (lib/schemas/rule.ts), so each rule is stated once and both sides give the same message.
 */

/** One field's rule: how what was typed is tidied (trimmed, lower-cased), then the message for its first problem. */
export interface FieldRule {
  normalise?: (value: string) => string;
  /** The message for the value's first problem (after `normalise`), or null when it is fine. */
  problem: (value: string) => string | null;
}

export type CheckedFields<Field extends string> =
  | { ok: true; values: Record<Field, string> }
  | { ok: false; problems: Partial<Record<Field, string>> };

/** Checks each field by its rule, as the server's schema will: the values as sent (normalised), or each field's first problem. */
export function checkFields<Field extends string>(
  rules: Record<Field, FieldRule>,
  typed: Record<Field, string>,
): CheckedFields<Field> {
  const values = {} as Record<Field, string>;
  const problems: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(rules) as Field[]) {
    const { normalise, problem } = rules[field];
    values[field] = normalise ? normalise(typed[field]) : typed[field];
    const message = problem(values[field]);
    if (message !== null) problems[field] = message;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, values };
}
