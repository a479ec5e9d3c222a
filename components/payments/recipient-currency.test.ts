import { describe, expect, it } from "vitest";
import { followRecipient, paysInEuros } from "@/components/payments/recipient-currency";
import type { Account } from "@/lib/domain";
import { EMPTY_PAYMENT_FORM } from "@/lib/payments/form-fields";
import type { PaymentProvider } from "@/lib/schemas/payments";

const bank = (id: string, currencies: PaymentProvider["currencies"]): PaymentProvider => ({
  provider: { id, name: id, logoUrl: null },
  kinds: ["single"],
  currencies,
  maintenance: false,
});
const PROVIDERS = [bank("pounds", ["GBP"]), bank("euros", ["GBP", "EUR"])];
const OWN = [{ id: "saver", currency: "GBP" }, { id: "euro-saver", currency: "EUR" }] as Account[];
const follow = (changes: Partial<typeof EMPTY_PAYMENT_FORM>) => followRecipient({ ...EMPTY_PAYMENT_FORM, ...changes }, PROVIDERS, OWN);

describe("what the payment form's recipient decides", () => {
  it("pays a UK account in pounds and a euro account in euros", () => {
    expect(follow({ provider: "euros", currency: "EUR" })).toMatchObject({ recipientType: "sort_code", currency: "GBP" });
    expect(follow({ provider: "euros", recipientType: "iban" })).toMatchObject({ recipientType: "iban", currency: "EUR" });
  });

  it("takes a euro recipient back to a UK account when the bank can't pay in euros", () => {
    expect(paysInEuros(PROVIDERS, "pounds")).toBe(false);
    expect(follow({ provider: "pounds", recipientType: "iban", currency: "EUR" })).toMatchObject({ recipientType: "sort_code", currency: "GBP" });
  });

  it("pays an own account in its own currency", () => {
    expect(follow({ recipientType: "own_account", toAccountId: "euro-saver" })).toMatchObject({ currency: "EUR" });
    expect(follow({ recipientType: "own_account", toAccountId: "saver", currency: "EUR" })).toMatchObject({ currency: "GBP" });
  });

  it("leaves the values as they are when nothing follows, so nothing re-renders for it", () => {
    const values = { ...EMPTY_PAYMENT_FORM, provider: "pounds" };
    expect(followRecipient(values, PROVIDERS, OWN)).toBe(values);
  });
});
