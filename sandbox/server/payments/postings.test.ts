import { describe, expect, it } from "vitest";
import type { StoredCustomer, StoredPayment } from "../store/state";
import { paymentPostings } from "./postings";
import { STEP_MS } from "./status";

const T0 = Date.parse("2026-11-30T10:00:00Z");
const customer = { customer_id: "c1", client_id: "client", idempotent_identifier: "user-1" } as StoredCustomer;
const details = {
  reference: "RENT",
  recipient: { type: "SortCodeAccountNumber", name: "LANDLORD", account_number: "01234501234567" },
  sender: { user_id: "user-1", name: "Alex Morgan" },
};
const approved = { outcome: "approved" as const, at: T0, funds_available: true };
const payment = (overrides: Partial<StoredPayment>): StoredPayment => ({
  payment_id: "p1",
  client_id: "client",
  kind: "single",
  provider: "Natwest_Sandbox",
  redirect_url: "https://budgie.test/back",
  details: { ...details, amount: { value: "12.50", currency: "GBP" } },
  created_at: T0,
  expires_at: T0 + 15 * 60_000,
  authorisation: approved,
  ...overrides,
});
const times = (postings: { time: number }[]) => postings.map((posting) => new Date(posting.time * 1000).toISOString());

describe("payment postings", () => {
  it("books a single payment once it settles, for its own payer only", () => {
    expect(paymentPostings([payment({})], customer, T0 + 4 * STEP_MS)).toEqual([]);
    const [settled] = paymentPostings([payment({})], customer, T0 + 5 * STEP_MS);
    expect(settled).toMatchObject({ key: "p1#0", amount: 1250, currency: "GBP", provider: "Natwest_Sandbox", recipientName: "LANDLORD", standingOrder: false });
    expect(paymentPostings([payment({ client_id: "other" })], customer, T0 + 60_000)).toEqual([]);
    expect(paymentPostings([payment({ authorisation: { ...approved, funds_available: false } })], customer, T0 + 60_000)).toEqual([]);
    expect(paymentPostings([payment({ authorisation: { ...approved, outcome: "denied" } })], customer, T0 + 60_000)).toEqual([]);
  });

  it("books a standing order on its first date and every period after, up to its last date", () => {
    const order = payment({
      kind: "standing-order",
      details: { ...details, recurring_amount: { value: "500.00", currency: "GBP" }, frequency: "monthly", first_payment_date: "2026-12-31T09:00:00Z", last_payment_date: "2027-03-01T00:00:00Z" },
    });
    expect(paymentPostings([order], customer, Date.parse("2026-12-31T08:59:59Z"))).toEqual([]);
    const later = paymentPostings([order], customer, Date.parse("2027-06-01T00:00:00Z"));
    // Counted from the first date: 31 December, then the ends of January and February.
    expect(times(later)).toEqual(["2026-12-31T09:00:00.000Z", "2027-01-31T09:00:00.000Z", "2027-02-28T09:00:00.000Z"]);
    expect(later.map((posting) => [posting.key, posting.standingOrder])).toEqual([["p1#0", true], ["p1#1", true], ["p1#2", true]]);
  });

  it("books a scheduled payment on its execution date", () => {
    const scheduled = payment({ kind: "scheduled", details: { ...details, amount: { value: "20.00", currency: "GBP" }, requested_execution_date: "2026-12-02T08:00:00Z" } });
    expect(paymentPostings([scheduled], customer, Date.parse("2026-12-01T00:00:00Z"))).toEqual([]);
    expect(times(paymentPostings([scheduled], customer, Date.parse("2026-12-02T08:00:00Z")))).toEqual(["2026-12-02T08:00:00.000Z"]);
  });
});
