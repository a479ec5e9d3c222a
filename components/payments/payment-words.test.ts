import { describe, expect, it } from "vitest";
import { recipientLine, reviewSentence, scheduleWords, stateLabel, whenWords } from "@/components/payments/payment-words";
import type { PaymentFormInput } from "@/lib/schemas/payments";

const form: PaymentFormInput = {
  idempotencyKey: "00000000-0000-4000-8000-000000000000",
  kind: "single",
  provider: "monzo",
  currency: "GBP",
  amount: "25",
  reference: " RENT ",
  recipientType: "sort_code",
  recipientName: "Jane Smith",
  sortCode: "123456",
  accountNumber: "12345678",
};

describe("payment words", () => {
  it("reads the review as one plain sentence", () => {
    expect(reviewSentence(form, "Monzo")).toBe("£25.00 to Jane Smith, sort code 12-34-56, account ending 5678, reference RENT, now, from Monzo");
    expect(reviewSentence({ ...form, recipientType: "own_account", toAccountId: "a1" }, "Monzo", "Easy Saver")).toBe(
      "£25.00 to your Easy Saver, reference RENT, now, from Monzo",
    );
    expect(reviewSentence({ ...form, currency: "EUR", recipientType: "iban", iban: "DE89 3704 0044 0532 0130 00" }, "Monzo")).toContain(
      "€25.00 to Jane Smith, IBAN ending 3000",
    );
  });

  it("says when: on a date, or a standing order's schedule and end", () => {
    expect(whenWords({ ...form, kind: "scheduled", executionDate: "2027-01-05" })).toBe("on 5 January 2027");
    const standing = { ...form, kind: "standing_order" as const, frequency: "monthly" as const, firstPaymentDate: "2027-01-05" };
    expect(whenWords({ ...standing, end: "never" })).toBe("every month from 5 January 2027 until you cancel it");
    expect(whenWords({ ...standing, end: "on_date", lastPaymentDate: "2027-06-05" })).toBe("every month from 5 January 2027 until 5 June 2027");
    expect(whenWords({ ...standing, end: "after_count", paymentCount: "6" })).toBe("every month from 5 January 2027, 6 payments");
  });

  it("states a standing order's schedule", () => {
    const schedule = { frequency: "monthly" as const, firstPaymentDate: "2027-01-05", lastPaymentDate: "2027-06-05", paymentCount: null };
    expect(scheduleWords({ minor: 5000, currency: "GBP" }, schedule)).toBe("£50.00 every month from 5 January 2027 until 5 June 2027");
    expect(scheduleWords({ minor: 5000, currency: "GBP" }, { ...schedule, frequency: "fortnightly", lastPaymentDate: null })).toBe(
      "£50.00 every two weeks from 5 January 2027 until you cancel it",
    );
  });

  it("labels states, a paid standing order as set up", () => {
    expect(stateLabel({ state: "paid", kind: "single" })).toBe("Paid");
    expect(stateLabel({ state: "paid", kind: "standing_order" })).toBe("Set up");
    expect(stateLabel({ state: "not_completed", kind: "standing_order" })).toBe("Not completed");
  });

  it("names a recipient once when the detail is only its name", () => {
    const recipient = { name: "Jane Smith", detail: "Sort code 12-34-56, account ending 5678", ownAccountId: null };
    expect(recipientLine({ recipient })).toBe("Jane Smith, sort code 12-34-56, account ending 5678");
    expect(recipientLine({ recipient: { name: "Easy Saver", detail: "Easy Saver", ownAccountId: "a1" } })).toBe("Easy Saver");
  });
});
