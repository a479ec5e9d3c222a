import { z } from "zod";
import { moneyInputSchema } from "@/lib/schemas/money-input";
import { isIsoDate, londonToday } from "@/lib/periods";
import { typedAmount } from "@/lib/schemas/budgets";
import { singleLineText } from "@/lib/schemas/text";

/*
 * The savings goal form, one schema for the dialog and the route. A goal is a share of one account's balance
 * (`allocationRatio`, above 0 and at most 1; the form shows it as a percentage); its target is in the account's
 * currency, which the form names and the route checks against the account. Strict, as the budget form.
 * Browser-safe.
 */

/** Ten million is a typo, not a savings goal. */
export const MAX_GOAL_MINOR = 1_000_000_000;

/** Ratios are whole hundredths of a percent, so sums over an account's goals are exact. */
export const RATIO_STEPS = 10_000;
export const ratioSteps = (ratio: number) => Math.round(ratio * RATIO_STEPS);

const SHARE_MESSAGE = "Choose a share above 0% and at most 100%.";

const goalFields = z.strictObject({
  name: singleLineText({ max: 60, requiredMessage: "Give the goal a name." }),
  accountId: z.string().min(1, "Choose the savings account.").max(128, "Choose the savings account."),
  currency: z.string().regex(/^[A-Z]{3}$/, "Choose the savings account."),
  target: typedAmount(MAX_GOAL_MINOR),
  /** `YYYY-MM-DD`, after today; null for a goal without a date. */
  targetDate: z
    .string()
    .refine(isIsoDate, "Use a real date.")
    .refine((day) => day > londonToday(), "Choose a date after today.")
    .nullable(),
  allocationRatio: z
    .number({ error: SHARE_MESSAGE })
    .refine(Number.isFinite, SHARE_MESSAGE)
    .refine((ratio) => ratio > 0 && ratio <= 1, SHARE_MESSAGE)
    .refine((ratio) => Math.abs(ratioSteps(ratio) - ratio * RATIO_STEPS) < 1e-6, "Use at most two decimal places in the share."),
});

/** The target is finally read in the account's currency, once every field is valid. */
export const GoalForm = goalFields.superRefine((value, ctx) => {
  const parsed = moneyInputSchema(value.currency, { max: MAX_GOAL_MINOR }).safeParse(value.target);
  if (!parsed.success) ctx.addIssue({ code: "custom", path: ["target"], message: parsed.error.issues[0]!.message });
});
export type GoalFormInput = z.input<typeof GoalForm>;
export type GoalFormValues = z.output<typeof GoalForm>;

export const GOAL_FORM_DEFAULTS: GoalFormInput = {
  name: "",
  accountId: "",
  currency: "GBP",
  target: "",
  targetDate: null,
  allocationRatio: 1,
};

/**
 * Our rule, not Bud's: the goals on one account may claim at most all of it. `others` are the shares of the
 * account's other goals; the message says how much is still free.
 */
export function overAllocationMessage(ratio: number, others: readonly number[]): string | null {
  const taken = others.reduce((sum, other) => sum + ratioSteps(other), 0);
  if (taken + ratioSteps(ratio) <= RATIO_STEPS) return null;
  const free = Math.max(0, RATIO_STEPS - taken) / 100;
  return free === 0
    ? "Other goals already use all of this account. Choose another account or lower their shares."
    : `Other goals already use ${(taken / 100).toString()}% of this account; choose at most ${free.toString()}%.`;
}
