import { describe, expect, it } from "vitest";
import { locateTransaction, transactionRef } from "@/lib/rules/transaction-ref";

describe("a transaction's ref", () => {
  it("round-trips the day, account and id, whatever the account id holds", () => {
    const ref = transactionRef({ id: "0a1b2c", accountId: "acc~1.x" }, "2026-11-28");
    expect(ref).toBe("2026-11-28~acc~1.x~0a1b2c");
    expect(locateTransaction(ref)).toEqual({ date: "2026-11-28", accountId: "acc~1.x", transactionId: "0a1b2c" });
  });

  it.each(["", "2026-11-28", "2026-11-28~acc", "2026-02-30~acc~id", "2026-11-28~~id", "2026-11-28~acc~<b>", "2026-11-28~a/b~id", `2026-11-28~${"a".repeat(129)}~id`, `2026-11-28~acc~${"1".repeat(129)}`])(
    "is not read from %j",
    (ref) => {
      expect(locateTransaction(ref)).toBeNull();
    },
  );
});
