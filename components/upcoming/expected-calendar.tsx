"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { ChartCardSkeleton } from "@/components/insights/chart-card-skeleton";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { formatMoney, formatMoneyCompact, formatMonth } from "@/lib/format";
import { calendarMonths, monthWeeks, type CalendarMonth, type ExpectedPayment } from "@/lib/insights/upcoming";
import { upcomingQuery } from "@/lib/queries";

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;

/** This month and the next two: what is expected in and out each day, and over each month. */
export function ExpectedCalendar() {
  return (
    <Section title="Next three months">
      <QueryBoundary skeleton={<ChartCardSkeleton label="Loading your calendar…" rows={0} />} errorTitle="We couldn’t load your calendar">
        <Months />
      </QueryBoundary>
    </Section>
  );
}

function Months() {
  const { data } = useSuspenseQuery(upcomingQuery());
  return (
    <div className="flex flex-col gap-4">
      {calendarMonths(data.series, data.today).map((month) => (
        <MonthCard key={month.month} month={month} today={data.today} />
      ))}
    </div>
  );
}

function MonthCard({ month, today }: { month: CalendarMonth; today: string }) {
  const name = formatMonth(`${month.month}-01`);
  return (
    <Card className="p-4 sm:p-5">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-text">{name}</h3>
        <dl className="flex gap-4 text-sm">
          {/* One group per figure: a dl allows a single wrapping div around its dt and dd. */}
          {month.totals.map((total) => (
            <Fragment key={total.currency}>
              <div className="flex gap-1">
                <dt className="text-text-muted">In</dt>
                <dd><MoneyAmount amount={total.moneyIn} tone="credits" /></dd>
              </div>
              <div className="flex gap-1">
                <dt className="text-text-muted">Out</dt>
                <dd><MoneyAmount amount={{ ...total.moneyOut, minor: -total.moneyOut.minor }} /></dd>
              </div>
            </Fragment>
          ))}
        </dl>
      </div>
      <table className="w-full table-fixed text-center text-xs">
        <caption className="sr-only">Expected payments in {name}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" className="pb-1 font-medium text-text-muted">
                <abbr title={long} className="no-underline">{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month.month).map((week) => (
            <tr key={week.find(Boolean) ?? month.month}>
              {week.map((day, index) => (
                <td key={day ?? `blank-${index}`} className="h-12 p-0.5 align-top">
                  {day && <DayCell day={day} payments={month.days.get(day) ?? []} past={day < today} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function DayCell({ day, payments, past }: { day: string; payments: ExpectedPayment[]; past: boolean }) {
  const net = payments.reduce((sum, payment) => sum + payment.amount.minor, 0);
  const currency = payments[0]?.amount.currency;
  return (
    // Past days are quieter in colour, not in opacity: faded text would fail contrast.
    <div className={cn("flex h-full flex-col items-center rounded-md py-1", payments.length > 0 && "bg-surface-muted")}>
      <span className={past ? "text-text-muted" : "text-text"}>{Number(day.slice(8))}</span>
      {currency && (
        <>
          <span aria-hidden="true" className={cn("tabular-nums", net > 0 ? "text-positive" : "text-text-muted")}>
            {formatMoneyCompact({ minor: net, currency })}
          </span>
          <span className="sr-only">
            {payments.map((payment) => `${payment.description} ${formatMoney(payment.amount, { sign: "always" })}`).join(", ")}
          </span>
        </>
      )}
    </div>
  );
}
