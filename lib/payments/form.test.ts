import { describe, expect, it } from "vitest";
import { checkPaymentForm, earliestDates, type PaymentFormContext } from "@/lib/payments/form";
import { EMPTY_PAYMENT_FORM, paymentFields, PAYMENT_FORM_FIELDS } from "@/lib/payments/form-fields";
import { lastPaymentDate } from "@/lib/payments/schedule";
import { PaymentFormFields, type PaymentFormInput, type PaymentProvider } from "@/lib/schemas/payments";

// Monday 30 November 2026.
const TODAY = "2026-11-30";

const bank = (id: string, extra: Partial<PaymentProvider> = {}): PaymentProvider => ({
  provider: { id, name: id.replace(/_/g, " "), logoUrl: null },
  kinds: ["single", "scheduled", "standing_order"],
  currencies: ["GBP"],
  maintenance: false,
  ...extra,
});
const PROVIDERS = [bank("Natwest_Sandbox"), bank("Monzo_Sandbox", { currencies: ["GBP", "EUR"] }), bank("Down_Sandbox", { maintenance: true })];
const CONTEXT: PaymentFormContext = { today: TODAY, providers: PROVIDERS };

const BASE: PaymentFormInput = {
  idempotencyKey: "7f1c7a52-8d0b-4a57-9f0e-4a0a4b0a8f11",
  kind: "single",
  provider: "Natwest_Sandbox",
  currency: "GBP",
  amount: "12.50",
  reference: "Rent Dec",
  recipientType: "sort_code",
  recipientName: "Sam Landlord",
  sortCode: "12-34-56",
  accountNumber: "12345678",
};

const check = (overrides: Partial<PaymentFormInput>, context = CONTEXT) =>
  checkPaymentForm(PaymentFormFields.parse({ ...BASE, ...overrides }), context);

const errorsOf = (overrides: Partial<PaymentFormInput>, context = CONTEXT) => {
  const result = check(overrides, context);
  return result.ok ? {} : result.fields;
};

describe("the payment form's rules", () => {
  it("accepts a single payment by sort code, normalised", () => {
    expect(check({ sortCode: "12 34 56", amount: "£1,200" })).toEqual({
      ok: true,
      details: {
        kind: "single",
        provider: "Natwest_Sandbox",
        amount: { minor: 120000, currency: "GBP" },
        reference: "Rent Dec",
        recipient: { type: "sort_code", name: "Sam Landlord", sortCode: "123456", accountNumber: "12345678" },
        executionDate: null,
        schedule: null,
        goalId: null,
      },
    });
  });

  it.each([["12-34-5"], ["1234567"], ["12-34-56-7"], ["ab-cd-ef"], [""], ["12--34-56"]])("refuses the sort code %j", (sortCode) => {
    expect(errorsOf({ sortCode })).toEqual({ sortCode: expect.any(String) });
  });

  it.each([["1234567"], ["123456789"], ["1234567a"], [""]])("refuses the account number %j", (accountNumber) => {
    expect(errorsOf({ accountNumber })).toEqual({ accountNumber: expect.any(String) });
  });

  it("takes an IBAN in euros at a bank that pays in euros, checking its checksum", () => {
    const euro = { recipientType: "iban", currency: "EUR", provider: "Monzo_Sandbox", iban: "de89 3704 0044 0532 0130 00" } as const;
    expect(check(euro)).toMatchObject({ ok: true, details: { recipient: { type: "iban", iban: "DE89370400440532013000" } } });
    expect(errorsOf({ ...euro, iban: "DE88370400440532013000" })).toEqual({ iban: expect.stringContaining("isn’t valid") });
    expect(errorsOf({ ...euro, iban: "" })).toEqual({ iban: expect.any(String) });
    expect(errorsOf({ ...euro, currency: "GBP" })).toEqual({ currency: expect.any(String) });
    expect(errorsOf({ ...euro, provider: "Natwest_Sandbox" })).toEqual({ provider: expect.stringContaining("euros") });
    expect(errorsOf({ currency: "EUR", provider: "Monzo_Sandbox" })).toEqual({ currency: expect.any(String) });
  });

  it.each([
    ["0", "above zero"],
    ["0.00", "above zero"],
    ["-5", "above zero"],
    ["12.345", "decimal places"],
    ["10000.01", "£10,000.00"],
    ["lots", "such as"],
    ["", "Enter an amount"],
  ])("refuses the amount %j", (amount, message) => {
    expect(errorsOf({ amount })).toEqual({ amount: expect.stringContaining(message) });
  });

  it("takes the maximum itself", () => {
    expect(check({ amount: "10,000.00" })).toMatchObject({ ok: true, details: { amount: { minor: 1_000_000 } } });
  });

  it.each([["A reference too long"], ["Rent #12"], ["Rent_Dec"], ["Café"], ["   "]])("refuses the reference %j", (reference) => {
    expect(errorsOf({ reference })).toEqual({ reference: expect.any(String) });
  });

  it("takes 18 characters of letters, digits, space and -./&, trimmed", () => {
    expect(check({ reference: " A&B-12./x 3456789 " })).toMatchObject({ ok: true, details: { reference: "A&B-12./x 3456789" } });
  });

  it("needs the payee's name, at most 70 characters", () => {
    expect(errorsOf({ recipientName: " " })).toEqual({ recipientName: expect.any(String) });
    expect(errorsOf({ recipientName: "x".repeat(71) })).toEqual({ recipientName: expect.any(String) });
  });

  it("pays one of the user's own accounts by id (the server fills in its details)", () => {
    expect(check({ recipientType: "own_account", toAccountId: "acc-1", recipientName: "" })).toMatchObject({
      ok: true,
      details: { recipient: { type: "own_account", accountId: "acc-1" } },
    });
    expect(errorsOf({ recipientType: "own_account", toAccountId: "" })).toEqual({ toAccountId: expect.any(String) });
    expect(errorsOf({ recipientType: "own_account", toAccountId: "../x y" })).toEqual({ toAccountId: expect.any(String) });
  });

  it("refuses a bank that is unknown, in maintenance, or cannot make the payment; without a list, any id passes", () => {
    expect(errorsOf({ provider: "Nobody_Bank" })).toEqual({ provider: expect.any(String) });
    expect(errorsOf({ provider: "Down_Sandbox" })).toEqual({ provider: expect.stringContaining("maintenance") });
    const singleOnly = { today: TODAY, providers: [bank("Natwest_Sandbox", { kinds: ["single"] })] };
    expect(errorsOf({ kind: "scheduled", executionDate: "2026-12-01" }, singleOnly)).toEqual({ provider: expect.any(String) });
    expect(check({ provider: "Nobody_Bank" }, { today: TODAY })).toMatchObject({ ok: true });
  });

  it("schedules a payment at least one day ahead", () => {
    expect(check({ kind: "scheduled", executionDate: "2026-12-01" })).toMatchObject({ ok: true, details: { executionDate: "2026-12-01" } });
    expect(errorsOf({ kind: "scheduled", executionDate: TODAY })).toEqual({ executionDate: "Choose a date after today." });
    expect(errorsOf({ kind: "scheduled", executionDate: "2026-11-01" })).toEqual({ executionDate: expect.any(String) });
    expect(errorsOf({ kind: "scheduled", executionDate: "2026-02-30" })).toEqual({ executionDate: expect.any(String) });
    expect(errorsOf({ kind: "scheduled" })).toEqual({ executionDate: expect.any(String) });
  });

  const order = { kind: "standing_order", frequency: "monthly", firstPaymentDate: "2026-12-03" } as const;

  it("starts a standing order on a business day at least 3 business days ahead", () => {
    expect(earliestDates(TODAY)).toEqual({ executionDate: "2026-12-01", firstPaymentDate: "2026-12-03" });
    expect(check(order)).toMatchObject({
      ok: true,
      details: { schedule: { frequency: "monthly", firstPaymentDate: "2026-12-03", lastPaymentDate: null, paymentCount: null } },
    });
    expect(errorsOf({ ...order, firstPaymentDate: "2026-12-02" })).toEqual({ firstPaymentDate: expect.stringContaining("3 December 2026") });
    expect(errorsOf({ ...order, firstPaymentDate: "2026-12-05" })).toEqual({ firstPaymentDate: expect.stringContaining("working day") });
    expect(errorsOf({ ...order, firstPaymentDate: "2026-12-28" })).toEqual({ firstPaymentDate: expect.stringContaining("bank holiday") });
    expect(errorsOf({ ...order, firstPaymentDate: "2026-11-20" })).toEqual({ firstPaymentDate: expect.any(String) });
    expect(errorsOf({ ...order, frequency: undefined })).toEqual({ frequency: expect.any(String) });
  });

  it("ends a standing order on a date after the first, or after 2–999 payments", () => {
    expect(check({ ...order, end: "on_date", lastPaymentDate: "2027-06-03" })).toMatchObject({
      ok: true,
      details: { schedule: { lastPaymentDate: "2027-06-03", paymentCount: null } },
    });
    expect(errorsOf({ ...order, end: "on_date", lastPaymentDate: "2026-12-03" })).toEqual({ lastPaymentDate: "Choose a date after the first payment." });
    expect(errorsOf({ ...order, end: "on_date", lastPaymentDate: "2026-12-01" })).toEqual({ lastPaymentDate: expect.any(String) });
    expect(errorsOf({ ...order, end: "on_date" })).toEqual({ lastPaymentDate: expect.any(String) });
    expect(check({ ...order, end: "after_count", paymentCount: "12" })).toMatchObject({
      ok: true,
      details: { schedule: { lastPaymentDate: "2027-11-03", paymentCount: 12 } },
    });
    for (const paymentCount of ["1", "1000", "", "2.5", "-3", "ten"]) {
      expect(errorsOf({ ...order, end: "after_count", paymentCount }), paymentCount).toEqual({ paymentCount: expect.any(String) });
    }
  });

  it("shows every problem at once, keyed by field", () => {
    expect(Object.keys(errorsOf({ amount: "0", reference: "", sortCode: "1", provider: "Down_Sandbox" })).toSorted()).toEqual([
      "amount",
      "provider",
      "reference",
      "sortCode",
    ]);
  });
});

describe("a standing order's last date from a number of payments", () => {
  it.each([
    ["daily", 2, "2027-01-01"],
    ["weekly", 4, "2027-01-21"],
    ["fortnightly", 3, "2027-01-28"],
    ["monthly", 12, "2027-11-30"],
    ["quarterly", 4, "2027-09-30"],
    ["semiannually", 3, "2027-12-31"],
    ["yearly", 999, "3024-12-31"],
  ] as const)("%s × %d from 31 December 2026 ends on %s", (frequency, count, last) => {
    expect(lastPaymentDate("2026-12-31", frequency, count)).toBe(last);
  });

  it("counts every payment from the first date, so month ends do not drift", () => {
    expect(lastPaymentDate("2027-01-31", "monthly", 2)).toBe("2027-02-28");
    expect(lastPaymentDate("2027-01-31", "monthly", 3)).toBe("2027-03-31");
  });
});

describe("the posted form", () => {
  it("reads an empty frequency or end (a select on its placeholder) as unset", () => {
    const parsed = PaymentFormFields.parse({ ...BASE, frequency: "", end: "" });
    expect(parsed).toMatchObject({ frequency: undefined, end: "never" });
    expect(check({ frequency: "", end: "" })).toMatchObject({ ok: true });
  });

  it.each([
    ["a new form", {}],
    ["a standing order left on its placeholders", { kind: "standing_order", frequency: "", end: "" }],
    ["a standing order with an end", { kind: "standing_order", frequency: "weekly", end: "after_count", paymentCount: "4" }],
  ] as const)("reads %s in the browser as the route does", (_, typed) => {
    const values = { ...EMPTY_PAYMENT_FORM, ...BASE, ...typed };
    expect(paymentFields(values, BASE.idempotencyKey)).toEqual(PaymentFormFields.parse({ ...values, idempotencyKey: BASE.idempotencyKey }));
  });

  it("names every field the route reads but the idempotency key", () => {
    expect(PAYMENT_FORM_FIELDS.toSorted()).toEqual(Object.keys(PaymentFormFields.shape).filter((name) => name !== "idempotencyKey").toSorted());
  });
});
