import { describe, expect, it } from "vitest";
import { netPositions } from "@/lib/net-position";
import { testAccount as account } from "@/lib/testing/account";

describe("netPositions", () => {
  it("nets assets against what is owed, per currency, pounds first", () => {
    const positions = netPositions([
      account({ minor: 5000, currency: "EUR" }),
      account({ minor: 250_000, currency: "GBP" }),
      account({ minor: -12_000, currency: "GBP" }, { kind: "credit_card", isLiability: true }),
      account({ minor: 1_000, currency: "GBP" }),
    ]);
    expect(positions).toEqual([
      {
        currency: "GBP",
        assets: { minor: 251_000, currency: "GBP" },
        liabilities: { minor: -12_000, currency: "GBP" },
        net: { minor: 239_000, currency: "GBP" },
      },
      {
        currency: "EUR",
        assets: { minor: 5000, currency: "EUR" },
        liabilities: { minor: 0, currency: "EUR" },
        net: { minor: 5000, currency: "EUR" },
      },
    ]);
  });

  it("leaves out accounts hidden from totals", () => {
    const positions = netPositions([account({ minor: 1_000, currency: "GBP" }), account({ minor: 50_000, currency: "GBP" }, { hiddenFromTotals: true })]);
    expect(positions.map((position) => position.net)).toEqual([{ minor: 1_000, currency: "GBP" }]);
  });

  it("leaves out closed accounts and accounts without a balance", () => {
    expect(netPositions([account(null), account({ minor: 100, currency: "GBP" }, { isClosed: true })])).toEqual([]);
  });
});
