import { describe, expect, it } from "vitest";
import { validIban } from "../../../lib/payments/iban";
import { scheduledRequest, singleRequest, standingOrderRequest } from "./schemas";

// Monday 30 November 2026, 10:00 in London.
const now = () => Date.parse("2026-11-30T10:00:00Z");
const recipient = { type: "SortCodeAccountNumber", name: "MR TEST RECIPIENT", account_number: "01234501234567" };
const sender = { user_id: "c9f3331f-8f9c-4c13-a61a-0925a486250a", name: "Alex Morgan" };
const envelope = { redirect_url: "https://budgie.test/payments/callback?state=abc", provider: "Natwest_Sandbox" };
const single = (details: Record<string, unknown>) => ({ ...envelope, payment_details: { reference: "RENT NOV", recipient, sender, amount: { value: "2.50", currency: "GBP" }, ...details } });
const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("account numbers", () => {
  it("checks IBANs with their mod-97 checksum", () => {
    expect(validIban("GB82WEST12345698765432")).toBe(true);
    expect(validIban("GB83WEST12345698765432")).toBe(false);
    expect(validIban("gb82west12345698765432")).toBe(false);
  });

  it("wants 14 digits for a sort code and account number, a valid IBAN otherwise", () => {
    expect(singleRequest.safeParse(single({})).success).toBe(true);
    expect(fields(singleRequest.safeParse(single({ recipient: { ...recipient, account_number: "0123450123456X" } })))).toEqual(["payment_details.recipient.account_number"]);
    const iban = { type: "IBAN", name: "Jean Dupont", account_number: "FR1420041010050500013M02606" };
    expect(singleRequest.safeParse(single({ recipient: iban })).success).toBe(true);
    expect(singleRequest.safeParse(single({ recipient: { ...iban, account_number: "FR1420041010050500013M02607" } })).success).toBe(false);
  });
});

describe("amounts and references", () => {
  it("refuses zero, negative, over-precise amounts and long references", () => {
    for (const value of ["0.00", "-1.00", "2.505", "abc"]) {
      expect(fields(singleRequest.safeParse(single({ amount: { value, currency: "GBP" } }))), value).toEqual(["payment_details.amount.value"]);
    }
    expect(fields(singleRequest.safeParse(single({ reference: "X".repeat(19) })))).toEqual(["payment_details.reference"]);
    expect(fields(singleRequest.safeParse({ ...single({}), redirect_url: "javascript:alert(1)" }))).toEqual(["redirect_url"]);
  });
});

describe("dates", () => {
  const order = (details: Record<string, unknown>) => ({
    ...envelope,
    standing_order_details: { reference: "SAVINGS", recipient, sender, recurring_amount: { value: "50.00", currency: "GBP" }, frequency: "monthly", first_payment_date: "2026-12-03T09:00:00Z", ...details },
  });
  const schema = standingOrderRequest(now);

  it("starts a standing order on a business day at least three business days ahead", () => {
    expect(schema.safeParse(order({})).success).toBe(true); // Thursday 3 December: Tue, Wed, Thu
    expect(fields(schema.safeParse(order({ first_payment_date: "2026-12-02T09:00:00Z" })))).toEqual(["standing_order_details.first_payment_date"]);
    expect(fields(schema.safeParse(order({ first_payment_date: "2026-12-05T09:00:00Z" })))).toEqual(["standing_order_details.first_payment_date"]); // a Saturday
    expect(fields(schema.safeParse(order({ last_payment_date: "2026-12-01T09:00:00Z" })))).toEqual(["standing_order_details.last_payment_date"]);
    expect(schema.safeParse(order({ surprise: true })).success).toBe(false);
  });

  it("schedules a payment for tomorrow at the earliest", () => {
    const scheduled = (date: string) => ({ ...envelope, scheduled_payment_details: { reference: "GIFT", recipient, sender, amount: { value: "20.00", currency: "GBP" }, requested_execution_date: date } });
    expect(scheduledRequest(now).safeParse(scheduled("2026-12-01T08:00:00Z")).success).toBe(true);
    expect(fields(scheduledRequest(now).safeParse(scheduled("2026-11-30T23:00:00Z")))).toEqual(["scheduled_payment_details.requested_execution_date"]);
  });
});
