import { describe, expect, it } from "vitest";
import { parseServerTiming, StepTimes } from "@/lib/perf/step-times";

describe("Server-Timing steps", () => {
  it("adds repeated steps up and reads back what it wrote", () => {
    const steps = new StepTimes();
    steps.add("db", 0.5);
    steps.add("upstream", 1.25);
    steps.add("upstream", 0.75);
    expect(steps.toHeader()).toBe("db;dur=0.500, upstream;dur=2.000");
    expect(parseServerTiming(steps.toHeader())).toEqual(new Map([["db", 0.5], ["upstream", 2]]));
  });

  it("reads descriptions and skips entries without a duration", () => {
    expect(parseServerTiming('gc;dur=12.5;desc="3 pauses", miss, cdn;desc=hit, total;dur=4')).toEqual(
      new Map([["gc", 12.5], ["total", 4]]),
    );
    expect(parseServerTiming(null).size).toBe(0);
  });
});
