/**
 * The building blocks of a UK financial life, shared by every profile: pay, bills, subscriptions, card
 * spending, transfers between own accounts, interest. Profiles combine these with their own numbers.
 */
import type { CategoryL2 } from "../categories";
import { merchantKind, plainKind, type BudCode, type Tag } from "../kinds";
import type { AccountHandle, ProfileBuilder } from "../profile";
import { between, monthlyOn, recurring, spending, type Amount, type Choice, type DayContext, type Schedule } from "../rules";
import { habit } from "./habits";

interface SpendOptions {
  city: string;
  /** Mean card payments per weekday and weekend day. */
  perDay: readonly [number, number];
  /** Merchant slug → relative frequency. */
  weights: Readonly<Record<string, number>>;
  /** Multiplies every habit's range: a family's shop is bigger, a euro price is not a pound price. */
  scale?: number;
  when?: Schedule;
  utcOffset?: number;
  /** Credits: refunds from these merchants instead of payments to them. */
  refund?: boolean;
}

/** Everyday card payments (or refunds) at known merchants. */
export function spend(b: ProfileBuilder, account: AccountHandle, options: SpendOptions): void {
  const { city, perDay, weights, scale = 1, when, utcOffset, refund = false } = options;
  const choices: Choice[] = Object.entries(weights).map(([slug, weight]) => {
    const { min, max, hours, variants } = habit(slug);
    return {
      kind: b.kind(merchantKind(slug, { city, refund })),
      weight,
      amount: between(Math.round(min * scale), Math.round(max * scale)),
      hours,
      variants,
      direction: refund ? "credit" : "debit",
    };
  });
  b.on(account, spending({ perDay, choices, when, utcOffset }));
}

/** ATM withdrawals in round amounts. */
export function cashWithdrawals(b: ProfileBuilder, account: AccountHandle, city: string, perMonth: number): void {
  const kind = b.kind(
    plainKind({ description: "CASH LNK {n} {city}", suggestedDescription: "Cash withdrawal", l2: "cash_withdrawals", budCode: "CPT", city }),
  );
  const amount: Amount = ({ rng }) => rng.pick([1000, 2000, 2000, 3000, 5000, 10000]);
  b.on(account, spending({ perDay: [perMonth / 30, perMonth / 30], choices: [{ kind, weight: 1, amount, hours: [9, 22], variants: 4 }] }));
}

interface Payment {
  description: string;
  suggested: string;
  l2: CategoryL2;
  budCode: BudCode;
  on: Schedule;
  amount: Amount;
  direction: "credit" | "debit";
  counterparty?: { name: string; identifier: string };
  tags?: readonly Tag[];
  regularity?: "weekly" | "monthly";
}

/** A regular payment to or from someone who is not a known merchant: salary, rent, nursery fees, pitch rent. */
export function regular(b: ProfileBuilder, account: AccountHandle, p: Payment): void {
  const tags: Tag[] = p.direction === "credit" ? ["income", "regular-transaction"] : ["regular-transaction", "bill"];
  const kind = b.kind(
    plainKind({
      description: p.description,
      suggestedDescription: p.suggested,
      l2: p.l2,
      budCode: p.budCode,
      tags: p.tags ?? tags,
      regularity: p.regularity ?? "monthly",
      counterparty: p.counterparty,
    }),
  );
  b.on(account, recurring({ on: p.on, kind, amount: p.amount, direction: p.direction }));
}

/** Monthly salary by BACS, paid early when the day falls on a weekend. */
export function salary(b: ProfileBuilder, account: AccountHandle, employer: string, day: number, amount: Amount, identifier: string): void {
  regular(b, account, {
    description: `${employer.toUpperCase()} SALARY`,
    suggested: employer,
    l2: "salary",
    budCode: "BAT",
    on: monthlyOn(day, "before"),
    amount,
    direction: "credit",
    counterparty: { name: employer, identifier },
  });
}

/** Rent by standing order to a landlord, due on the 1st. */
export function rent(b: ProfileBuilder, account: AccountHandle, landlord: string, description: string, amount: Amount, identifier: string): void {
  regular(b, account, {
    description,
    suggested: landlord,
    l2: "rent",
    budCode: "SO",
    on: monthlyOn(1),
    amount,
    direction: "debit",
    counterparty: { name: landlord, identifier },
  });
}

/** Savings interest credited monthly on `day`. */
export function interestPaid(b: ProfileBuilder, account: AccountHandle, description: string, day: number, amount: Amount): void {
  regular(b, account, { description, suggested: "Interest", l2: "interest_or_investments", budCode: "INT", on: monthlyOn(day), amount, direction: "credit" });
}

interface Bill {
  slug: string;
  day: number;
  amount: Amount;
  /** Only in these months (council tax: ten instalments from April). */
  months?: readonly number[];
  /** How a subscription is paid: by card (default) or direct debit (gyms). */
  budCode?: "DEB" | "DD";
}

/** Direct debits to known merchants (energy, water, council tax, phone, broadband). */
export function directDebits(b: ProfileBuilder, account: AccountHandle, bills: readonly Bill[]): void {
  for (const bill of bills) {
    const kind = b.kind(merchantKind(bill.slug, { budCode: "DD" }));
    b.on(account, recurring({ on: monthlyOn(bill.day, "after", bill.months), kind, amount: bill.amount, direction: "debit" }));
  }
}

/** Monthly card subscriptions (streaming, music, cloud storage), tagged as Bud tags subscriptions. */
export function subscriptions(b: ProfileBuilder, account: AccountHandle, subs: readonly Bill[]): void {
  for (const sub of subs) {
    const kind = b.kind(merchantKind(sub.slug, { budCode: sub.budCode, tags: ["subscription", "regular-transaction"], regularity: "monthly" }));
    b.on(account, recurring({ on: monthlyOn(sub.day, "after", sub.months), kind, amount: sub.amount, direction: "debit" }));
  }
}

interface Move {
  on: Schedule;
  amount: Amount;
  l2: CategoryL2;
  budCode: BudCode;
  out: string;
  in: string;
  suggested: readonly [string, string];
  /** Units of the receiving account's currency per unit of the paying account's. */
  rate?: (ctx: DayContext) => number;
  /** Bud's regularity for the legs; false for transfers that are not on a cycle. Default monthly. */
  regularity?: "weekly" | "monthly" | false;
  tags?: readonly Tag[];
}

/** A transfer between the customer's own accounts: both legs, tagged internal-transfer. */
export function moveMoney(b: ProfileBuilder, from: AccountHandle, to: AccountHandle, move: Move): void {
  const { regularity = "monthly" } = move;
  const tags: Tag[] = [...(regularity ? ["regular-transaction" as const] : []), ...(move.tags ?? [])];
  const legs = b.transfer(from, to, { ...move, tags, regularity: regularity || undefined });
  b.on(from, recurring({ on: move.on, kind: legs.kind, amount: move.amount, direction: "debit", to: { ...legs.to, rate: move.rate } }));
}

/** The Bank of England base rate (roughly), by year: savings rates follow it. */
const BASE_RATES: Readonly<Record<number, number>> = { 2022: 0.025, 2023: 0.045, 2024: 0.05, 2025: 0.04 };

export const baseRatePlus =
  (margin: number) =>
  (year: number): number =>
    (BASE_RATES[year] ?? 0.035) + margin;

/**
 * Monthly interest on an estimated balance (`principal` in January 2024, moving by `perMonth`) at an annual
 * rate: stateless, so a month's interest never depends on where the history starts.
 */
export function interest(principal: number, perMonth: number, rate: (year: number) => number): Amount {
  return (ctx) => {
    const months = (ctx.date.year - 2024) * 12 + ctx.date.month - 1;
    return Math.max(1, Math.round(((principal + perMonth * months) * rate(ctx.date.year)) / 12));
  };
}
