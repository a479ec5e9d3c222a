import * as z from "@/lib/schemas/zod";
import type { FieldRule } from "@/lib/rules/field-rule";
import { addIssue } from "@/lib/schemas/zod";

/**
 * A zod string schema from a rule of lib/rules: normalised as the rule says, then refused with the rule's own
 * message, so a route's field error reads exactly as the form's check did. Anything but a string gets zod's own
 * message, as before.
 */
export function ruleSchema({ normalise, problem }: FieldRule) {
  const check = z.check<string>((payload) => {
    const message = problem(payload.value);
    if (message !== null) addIssue(payload, message);
  });
  return normalise ? z.string().check(z.overwrite(normalise), check) : z.string().check(check);
}
