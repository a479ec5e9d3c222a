import { describe, expect, it } from "vitest";
import { ClockError, SandboxClock } from "./clock";
import { Store } from "./store/store";

const REAL_NOW = Date.parse("2026-11-30T08:15:00Z");

describe("the stand-in clock", () => {
  it("starts at SANDBOX_TODAY at the real time of day, or at the real date", async () => {
    const store = await Store.open(undefined);
    const clock = new SandboxClock(store, "2025-06-30", () => REAL_NOW);
    expect([clock.today(), new Date(clock.now()).toISOString()]).toEqual(["2025-06-30", "2025-06-30T08:15:00.000Z"]);
    expect(new SandboxClock(store, undefined, () => REAL_NOW).today()).toBe("2026-11-30");
  });

  it("runs at real speed and moves forward only, by days or to a date", async () => {
    const store = await Store.open(undefined);
    let real = REAL_NOW;
    const clock = new SandboxClock(store, "2025-06-30", () => real);
    real += 16 * 60 * 60 * 1000; // past midnight
    expect(clock.today()).toBe("2025-07-01");
    clock.advance(2);
    expect(clock.today()).toBe("2025-07-03");
    clock.moveTo("2025-08-01");
    clock.moveTo("2025-08-01");
    expect([clock.today(), store.state.clock.advanced_days]).toEqual(["2025-08-01", 31]);
    expect(() => clock.moveTo("2025-07-31")).toThrow(ClockError);
    expect(() => clock.advance(-1)).toThrow(ClockError);
    expect(() => clock.advance(1.5)).toThrow(ClockError);
    expect(() => clock.moveTo("2025-02-29")).toThrow(ClockError);
  });

  it("keeps its moves in the state, so a restart resumes where it was", async () => {
    const store = await Store.open(undefined);
    new SandboxClock(store, "2025-06-30", () => REAL_NOW).advance(5);
    expect(new SandboxClock(store, "2025-06-30", () => REAL_NOW).today()).toBe("2025-07-05");
  });
});
