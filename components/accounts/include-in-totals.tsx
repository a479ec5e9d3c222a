"use client";

import { Switch } from "radix-ui";
import { useId } from "react";
import { useAccountVisibility } from "@/components/accounts/use-account-visibility";
import { cn } from "@/components/ui/cn";
import type { Account } from "@/lib/domain";

/** The account's "Include in totals" switch: off leaves it out of net worth, insights and budgets, still listed. */
export function IncludeInTotals({ account }: { account: Account }) {
  const id = useId();
  const hint = `${id}-hint`;
  const { mutate } = useAccountVisibility(account);
  const included = !account.hiddenFromTotals;
  return (
    <div className="mt-4 flex items-start justify-between gap-4 border-t border-border pt-4">
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium text-text">
          Include in totals
        </label>
        <p id={hint} className="mt-0.5 text-xs text-text-muted">
          {included
            ? "Counts in your net position, spending insights and budgets."
            : "Left out of your net position, spending insights and budgets. Its transactions still show in your lists."}
        </p>
      </div>
      <Switch.Root
        id={id}
        checked={included}
        onCheckedChange={(checked) => mutate(!checked)}
        aria-describedby={hint}
        className={cn(
          "relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent transition-colors",
          "bg-border-strong data-[state=checked]:bg-accent",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus-ring",
        )}
      >
        <Switch.Thumb className="pointer-events-none block size-5 rounded-full bg-surface shadow-sm transition-transform data-[state=checked]:translate-x-5" />
      </Switch.Root>
    </div>
  );
}
