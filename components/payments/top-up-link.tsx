import { ArrowUpRight } from "lucide";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { SavingsGoal } from "@/lib/domain";
import { suggestedTopUp, type GoalPlan } from "@/lib/goal-plan";
import { toWireAmount } from "@/lib/money";
import { MAX_PAYMENT_MINOR, referenceFrom } from "@/lib/payments/rules";
import { toSearchParams } from "@/lib/schemas/search-params";

/** A goal's "Top up": the payment form, paying its account the amount its plan suggests, with the goal's name as reference. */
export function TopUpLink({ goal, plan }: { goal: SavingsGoal; plan: GoalPlan }) {
  const suggested = suggestedTopUp(plan, goal.allocationRatio);
  if (!suggested || goal.accountName === null) return null;
  // One payment can carry at most the form's maximum; a bigger gap takes several top-ups.
  const amount = { ...suggested, minor: Math.min(suggested.minor, MAX_PAYMENT_MINOR) };
  const query = toSearchParams({
    toAccountId: goal.accountId,
    amount: toWireAmount(amount).value,
    reference: referenceFrom(goal.name) || "Savings",
    goalId: goal.id,
  });
  return (
    <Link href={`/payments/new?${query}`} aria-label={`Top up ${goal.name}`} className={buttonClasses({ variant: "ghost", size: "sm" })}>
      <Icon of={ArrowUpRight} className="size-4" aria-hidden /> Top up
    </Link>
  );
}
