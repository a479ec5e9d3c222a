import { describe, expect, it } from "vitest";
import { accountBalances, availableCredit, distinctPending } from "@/lib/account-balances";
import { gbp, testAccount } from "@/lib/testing/account";

const card = (booked: number, extra: Parameters<typeof testAccount>[1] = {}) =>
  testAccount(gbp(booked), { kind: "credit_card", isLiability: true, creditLimit: gbp(500_000), ...extra });

describe("availableCredit", () => {
  it("is the limit less what is owed, counting pending spend when the bank reports it", () => {
    expect(availableCredit(card(-120_000))).toEqual(gbp(380_000));
    expect(availableCredit(card(-120_000, { pending: gbp(-150_000) }))).toEqual(gbp(350_000));
  });

  it("is unknown without a limit, without a balance, or across currencies", () => {
    expect(availableCredit(testAccount(gbp(-100)))).toBeNull();
    expect(availableCredit(card(0, { booked: null }))).toBeNull();
    expect(availableCredit(card(-100, { creditLimit: { minor: 500_000, currency: "EUR" } }))).toBeNull();
  });
});

describe("distinctPending", () => {
  it("is shown only when it differs from the booked balance", () => {
    expect(distinctPending(testAccount(gbp(1000), { pending: gbp(1000) }))).toBeNull();
    expect(distinctPending(testAccount(gbp(1000), { pending: gbp(800) }))).toEqual(gbp(800));
    expect(distinctPending(testAccount(gbp(1000)))).toBeNull();
  });
});

describe("accountBalances", () => {
  it("leads a card with what is left to spend, then its balance, balance after pending and limit", () => {
    expect(accountBalances(card(-120_000, { pending: gbp(-150_000) }))).toEqual({
      headline: { kind: "available", amount: gbp(350_000) },
      others: [
        { kind: "balance", amount: gbp(-120_000) },
        { kind: "after_pending", amount: gbp(-150_000) },
        { kind: "credit_limit", amount: gbp(500_000) },
      ],
    });
  });

  it("leads any other account with its balance, and adds the balance after pending only when it differs", () => {
    expect(accountBalances(testAccount(gbp(712_760), { pending: gbp(700_000) }))).toEqual({
      headline: { kind: "balance", amount: gbp(712_760) },
      others: [{ kind: "after_pending", amount: gbp(700_000) }],
    });
    expect(accountBalances(testAccount(gbp(5), { pending: gbp(5) })).others).toEqual([]);
  });

  it("leads a current account with its balance even when it has an overdraft, with what is available beside it", () => {
    const overdrawn = testAccount(gbp(-5_000), { creditLimit: gbp(100_000), pending: gbp(-6_000) });
    expect(accountBalances(overdrawn)).toEqual({
      headline: { kind: "balance", amount: gbp(-5_000) },
      others: [
        { kind: "after_pending", amount: gbp(-6_000) },
        { kind: "credit_limit", amount: gbp(100_000) },
        { kind: "available", amount: gbp(94_000) },
      ],
    });
  });

  it("falls back to the balance for a card whose available credit is unknown, keeping its limit", () => {
    const balances = accountBalances(card(-100, { creditLimit: { minor: 500_000, currency: "EUR" } }));
    expect(balances.headline).toEqual({ kind: "balance", amount: gbp(-100) });
    expect(balances.others).toEqual([{ kind: "credit_limit", amount: { minor: 500_000, currency: "EUR" } }]);
  });

  it("has no headline amount when the bank sent no balance", () => {
    expect(accountBalances(testAccount(null)).headline).toEqual({ kind: "balance", amount: null });
  });
});
