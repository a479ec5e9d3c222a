import * as z from "@/lib/schemas/zod";
import type { FieldRule } from "@/lib/rules/field-rule";
import { choiceRule } from "@/lib/rules/choice";
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

/** One of `options` by lib/rules' choiceRule (its message as z.enum worded it), typed as z.enum's output was. */
export function choiceSchema<const Option extends string>(options: readonly Option[]) {
  // The rule lets through only `options`, so the output is one of them.
  return ruleSchema(choiceRule(options)) as unknown as z.ZodMiniType<Option, string>;
}
