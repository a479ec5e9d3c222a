import { describe, expect, it } from "vitest";
import { prefillFromValues } from "@/components/payments/payment-prefill";
import { prefillFromQuery } from "@/components/payments/payment-query-prefill";
import { referenceFrom } from "@/lib/payments/rules";

describe("payment prefill", () => {
  it("takes a goal top-up's link as a transfer to the goal's account", () => {
    expect(prefillFromQuery({ toAccountId: "acc-1", amount: "250.00", reference: "Holiday", goalId: "g1", kind: "nonsense" })).toEqual({
      amount: "250.00",
      reference: "Holiday",
      goalId: "g1",
      recipientType: "own_account",
      toAccountId: "acc-1",
    });
    expect(prefillFromQuery({ kind: "standing_order" })).toMatchObject({ kind: "standing_order" });
  });

  it("preselects the paying bank when the link names one that looks like a bank id", () => {
    expect(prefillFromQuery({ toAccountId: "acc-1", amount: "24.00", provider: "ob-budgie" })).toMatchObject({ provider: "ob-budgie" });
    expect(prefillFromQuery({ provider: "<script>" })).not.toHaveProperty("provider");
    expect(prefillFromQuery({})).not.toHaveProperty("provider");
  });

  it("keeps a past payment's form fields but never its idempotency key", () => {
    expect(prefillFromValues({ amount: "5", idempotencyKey: "k", customerId: "x", reference: "R" })).toEqual({ amount: "5", reference: "R" });
  });

  it("makes a reference from a goal's name within the rule", () => {
    expect(referenceFrom("Mum’s 60th birthday party!")).toBe("Mums 60th birthday");
    expect(referenceFrom("  £££  ")).toBe("");
  });
});
