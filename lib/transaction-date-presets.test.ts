import { describe, expect, it } from "vitest";
import { presetOf, presetRange } from "@/lib/transaction-date-presets";

describe("date presets", () => {
  const today = "2026-11-30";

  it("resolve on the London calendar", () => {
    expect(presetRange("this_month", today)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(presetRange("last_month", today)).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(presetRange("3m", today)).toEqual({ from: "2026-08-31", to: "2026-11-30" });
    expect(presetRange("12m", today)).toEqual({ from: "2025-12-01", to: "2026-11-30" });
  });

  it("are recognised back from the URL", () => {
    expect(presetOf(undefined, undefined, today)).toBe("all");
    expect(presetOf("2026-10-01", "2026-10-31", today)).toBe("last_month");
    expect(presetOf("2026-10-02", "2026-10-31", today)).toBe("custom");
  });
});
