import { z } from "zod";
import { DEFAULT_BALANCE_PERIOD } from "@/lib/insights/balance-chart";
import { Category, Money } from "@/lib/domain";
import { AccountBalanceSeries } from "@/lib/insights/balances";
import type { CategoryFlow, CurrencyTotal } from "@/lib/insights/counting";
import { MerchantTotal } from "@/lib/insights/merchants";
import type { ExpectedSeries } from "@/lib/insights/upcoming";
import { granularitiesFor, londonToday, resolvePeriod, type Granularity } from "@/lib/periods";
import { periodSchema } from "@/lib/schemas/period";

/*
 * The query strings of the insight routes and the shapes they answer, shared by routes, query builders and the
 * period pickers. Periods stay in their URL form (`3m`, `2026-06`, `2026-01-01..2026-03-31`) so keys and links are
 * plain strings; each is checked with periodSchema, whose messages say what is wrong. Browser-safe.
 */

export const PeriodParam = z
  .string()
  .max(32)
  .superRefine((text, ctx) => {
    const parsed = periodSchema.safeParse(text);
    if (!parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Choose a valid period." });
  });

/** Bud account ids are opaque; this bounds them without assuming a format (as lib/api/params.ts). */
const AccountIdParam = z.string().min(1).max(128).regex(/^[\w.\-~]+$/, "Invalid account id");

/** Without a period, the insight routes answer for this month so far (a bare GET is a useful answer, not a 400). */
const thisMonth = () => londonToday().slice(0, 7);

export const InsightQuery = z.object({ period: PeriodParam.default(thisMonth), account_id: AccountIdParam.optional() });
export type InsightQuery = z.output<typeof InsightQuery>;

/** For totals Bud cannot narrow to one account (merchants): a period alone. */
export const PeriodQuery = z.object({ period: PeriodParam.default(thisMonth) });
export type PeriodQuery = z.output<typeof PeriodQuery>;

export const GRANULARITIES = ["daily", "weekly", "monthly"] as const satisfies readonly Granularity[];

/** Balances over a period; a spacing the period cannot use (daily points over five years) is refused by name. */
export const BalanceHistoryQuery = z
  .object({ period: PeriodParam.default(DEFAULT_BALANCE_PERIOD), granularity: z.enum(GRANULARITIES).optional() })
  .superRefine(({ period, granularity }, ctx) => {
    const parsed = periodSchema.safeParse(period);
    if (!granularity || !parsed.success) return;
    const usable = granularitiesFor(resolvePeriod(parsed.data, londonToday()));
    if (!usable.includes(granularity)) {
      ctx.addIssue({
        code: "custom",
        path: ["granularity"],
        message: `This period can be shown ${usable.join(" or ") || "only as a total"}, not ${granularity}.`,
      });
    }
  });
export type BalanceHistoryQuery = z.output<typeof BalanceHistoryQuery>;

const Range = { from: z.string(), to: z.string() };

// The shapes below check answers where something outside the app reads them (the e2e contract checks); each is
// typed against the interface the logic modules use, so the two cannot drift. The browser ships neither.
const CurrencyTotal: z.ZodType<CurrencyTotal> = z.object({ amount: Money, count: z.number().int().nonnegative() });

const CategoryFlow: z.ZodType<CategoryFlow> = z.object({
  category: z.string(),
  credits: z.array(CurrencyTotal),
  debits: z.array(CurrencyTotal),
  subcategories: z.array(z.lazy(() => CategoryFlow)),
});

const ExpectedSeries: z.ZodType<ExpectedSeries> = z.object({
  id: z.string(),
  lastTransactionId: z.string(),
  accountId: z.string(),
  description: z.string(),
  period: z.string(),
  category: Category.nullable(),
  subscription: z.boolean(),
  merchant: z.object({ name: z.string(), logoUrl: z.string().nullable() }).nullable(),
  dates: z.array(z.object({ date: z.string(), amount: Money })),
});

export const CategoryFlowsResult = z.object({ ...Range, flows: z.array(CategoryFlow) });
export type CategoryFlowsResult = z.infer<typeof CategoryFlowsResult>;

export const MonthComparisonResult = z.object({
  current: CategoryFlowsResult,
  previous: CategoryFlowsResult,
  months: z.array(CategoryFlowsResult),
});
export type MonthComparisonResult = z.infer<typeof MonthComparisonResult>;

export const BalanceHistoryResult = z.object({
  ...Range,
  granularity: z.enum(GRANULARITIES),
  accounts: z.array(AccountBalanceSeries),
});
export type BalanceHistoryResult = z.infer<typeof BalanceHistoryResult>;

export const MerchantTotalsResult = z.object({
  ...Range,
  merchants: z.array(MerchantTotal),
  /** Bud's merchant totals take no account filter: true while the user hides an account whose spending is in them. */
  includesHiddenAccounts: z.boolean(),
});
export type MerchantTotalsResult = z.infer<typeof MerchantTotalsResult>;

export const SpendingTrendsResult = z.object({
  ...Range,
  buckets: z.array(z.object({ ...Range, flows: z.array(CategoryFlow) })),
});
export type SpendingTrendsResult = z.infer<typeof SpendingTrendsResult>;

export const EssentialSplitResult = z.object({ ...Range, essential: z.array(CategoryFlow), nonessential: z.array(CategoryFlow) });
export type EssentialSplitResult = z.infer<typeof EssentialSplitResult>;

/** `today` is the server's London day the projections were read on, so the browser lays them out from the same day. */
export const UpcomingResult = z.object({ today: z.string(), series: z.array(ExpectedSeries) });
export type UpcomingResult = z.infer<typeof UpcomingResult>;
