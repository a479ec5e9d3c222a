import { describe, expect, it } from "vitest";
import { CircuitBreaker, DEFAULT_BREAKER_POLICY, type BreakerState } from "@/lib/bud/breaker";

function breaker() {
  const transitions: string[] = [];
  const b = new CircuitBreaker(DEFAULT_BREAKER_POLICY, (from: BreakerState, to: BreakerState) =>
    transitions.push(`${from}→${to}`),
  );
  /** One admitted call at `now` with the given outcome; fails the test if it was not admitted. */
  const call = (now: number, outcome: "success" | "failure") => {
    const admission = b.admit(now);
    expect(admission.allowed).toBe(true);
    b.record(outcome, now, admission.allowed && admission.probe);
  };
  return { b, transitions, call };
}

describe("circuit breaker", () => {
  it("opens after 5 consecutive failures, not after 4", () => {
    const { b, call } = breaker();
    for (let i = 0; i < 4; i++) call(i, "failure");
    expect(b.state(4)).toBe("closed");
    call(4, "failure");
    expect(b.state(5)).toBe("open");
    expect(b.admit(5)).toEqual({ allowed: false, retryAt: 4 + 30_000 });
  });

  it("a success in between resets the consecutive count", () => {
    const { b, call } = breaker();
    for (let i = 0; i < 4; i++) call(i, "failure");
    call(4, "success");
    for (let i = 5; i < 9; i++) call(i, "failure");
    expect(b.state(10)).toBe("closed");
  });

  it("opens when at least half of 10 or more calls in 30 s failed", () => {
    const { b, call } = breaker();
    // Alternating: never 5 in a row, but 5 of 10 failed.
    for (let i = 0; i < 9; i++) call(i * 1_000, i % 2 === 0 ? "failure" : "success");
    expect(b.state(9_000)).toBe("closed");
    call(9_000, "success");
    expect(b.state(9_000)).toBe("open");
  });

  it("needs at least 10 calls in the window before the ratio counts", () => {
    const { b, call } = breaker();
    for (let i = 0; i < 9; i++) call(i, i % 3 === 2 ? "success" : "failure");
    expect(b.state(9)).toBe("closed");
  });

  it("forgets calls older than the window", () => {
    const { b, call } = breaker();
    // 4 failures long ago, then 6 calls with 1 failure in the last 30 s: 5 of 10 overall, 1 of 6 in the window.
    for (let i = 0; i < 4; i++) call(i, "failure");
    call(10, "success");
    for (let i = 0; i < 5; i++) call(40_000 + i, i === 0 ? "failure" : "success");
    expect(b.state(40_010)).toBe("closed");
  });

  it("after the cool-down lets exactly one probe through, and closes when it succeeds", () => {
    const { b, call, transitions } = breaker();
    for (let i = 0; i < 5; i++) call(i, "failure");
    expect(b.admit(30_003).allowed).toBe(false);
    expect(b.state(30_004)).toBe("half_open");
    const probe = b.admit(30_004);
    expect(probe).toEqual({ allowed: true, probe: true });
    expect(b.admit(30_005).allowed).toBe(false);
    b.record("success", 30_010, true);
    expect(b.state(30_010)).toBe("closed");
    expect(b.admit(30_011)).toEqual({ allowed: true, probe: false });
    expect(transitions).toEqual(["closed→open", "open→half_open", "half_open→closed"]);
  });

  it("re-opens for a fresh cool-down when the probe fails", () => {
    const { b, call } = breaker();
    for (let i = 0; i < 5; i++) call(i, "failure");
    b.admit(30_004);
    b.record("failure", 30_500, true);
    expect(b.state(30_500)).toBe("open");
    expect(b.admit(31_000)).toEqual({ allowed: false, retryAt: 60_500 });
  });

  it("an abandoned probe frees the slot for the next caller without a verdict", () => {
    const { b, call } = breaker();
    for (let i = 0; i < 5; i++) call(i, "failure");
    b.admit(30_004);
    b.record("abandoned", 30_005, true);
    expect(b.state(30_006)).toBe("half_open");
    expect(b.admit(30_006)).toEqual({ allowed: true, probe: true });
  });

  it("a late result from a call admitted before the breaker opened does not close it", () => {
    const { b, call } = breaker();
    const early = b.admit(0);
    for (let i = 1; i <= 5; i++) call(i, "failure");
    b.record("success", 6, early.allowed && early.probe);
    expect(b.state(6)).toBe("open");
  });
});
