import { BalanceHistory } from "@/components/insights/balance-history";
import { ComingUp } from "@/components/insights/coming-up";
import { MoneyInOut } from "@/components/insights/money-in-out";
import { MonthComparison } from "@/components/insights/month-comparison";
import { SpendingThisMonth } from "@/components/insights/spending-this-month";
import { TopMerchants } from "@/components/insights/top-merchants";

/** Overview's insight widgets, each streaming in on its own; `month` is this month (`YYYY-MM`) in London. */
export function OverviewInsights({ month }: { month: string }) {
  return (
    <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start">
      <BalanceHistory title="Net worth" />
      <MoneyInOut month={month} />
      <SpendingThisMonth month={month} />
      <div className="flex flex-col gap-8">
        <MonthComparison />
        <TopMerchants period={month} title="Top merchants this month" />
      </div>
      <ComingUp />
    </div>
  );
}
