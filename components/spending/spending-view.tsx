"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useTransition } from "react";
import { TopMerchants } from "@/components/insights/top-merchants";
import { CategoryTotals } from "@/components/spending/category-totals";
import { EssentialSplit } from "@/components/spending/essential-split";
import { PeriodPicker } from "@/components/spending/period-picker";
import { SpendingTrend } from "@/components/spending/spending-trend";
import { Alert } from "@/components/ui/alert";
import { spendingPeriod } from "@/lib/insights/spending-period";
import type { IsoDate } from "@/lib/periods";

/**
 * The spending page under its period. The period lives in the URL (`?period=`); changing it refetches in the
 * browser while the current figures stay on screen, dimmed, until the new ones land.
 */
export function SpendingView({ today }: { today: IsoDate }) {
  const [pending, startTransition] = useTransition();
  const [urlPeriod, setUrlPeriod] = useQueryState("period", parseAsString.withOptions({ startTransition, history: "push" }));
  const { value, period, replaced } = spendingPeriod(urlPeriod, today);
  return (
    <div className="flex flex-col gap-8">
      <PeriodPicker period={period} today={today} onChange={(next) => void setUrlPeriod(next)} />
      {replaced && <Alert>{replaced}</Alert>}
      <div aria-busy={pending} className={pending ? "opacity-60 transition-opacity" : undefined}>
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:items-start">
          <div className="flex flex-col gap-8">
            <CategoryTotals period={value} />
            <SpendingTrend period={value} />
          </div>
          <div className="flex flex-col gap-8">
            <EssentialSplit period={value} />
            <TopMerchants period={value} count={10} />
          </div>
        </div>
      </div>
    </div>
  );
}
