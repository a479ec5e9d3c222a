/**
 * The stand-in's one clock. Every date it computes (a new connection's history, task progress, customers'
 * creation dates, refreshes, payment progression) reads it, so tests can make time pass and screenshots are
 * reproducible. It starts at SANDBOX_TODAY (at the real time of day) or at the real date, runs at real speed,
 * and moves forward only, through the control API. The days it has been moved are persisted with the state,
 * so a restarted stand-in does not travel back before data it already served.
 *
 * Access tokens deliberately stay on the real clock: callers cache them by real time, and a simulated month
 * should not log every client out (POST /__sandbox/expire-tokens does that on purpose).
 */
import { isoDate, SECONDS_PER_DAY } from "../data/calendar";
import type { Store } from "./store/store";

const DAY_MS = SECONDS_PER_DAY * 1000;

/** Thrown for a move that would go backwards or is not a date; the control API answers 400. */
export class ClockError extends Error {}

export class SandboxClock {
  /** From the real clock to the start date, fixed when the stand-in starts. */
  private readonly startOffsetMs: number;

  constructor(
    private readonly store: Store,
    /** YYYY-MM-DD; default: the real date. */
    startDate?: string,
    private readonly realNow: () => number = Date.now,
  ) {
    const realToday = Math.floor(realNow() / DAY_MS);
    this.startOffsetMs = startDate === undefined ? 0 : (dayNumber(startDate) - realToday) * DAY_MS;
  }

  /** Epoch milliseconds on the stand-in clock. */
  now(): number {
    return this.realNow() + this.startOffsetMs + this.store.state.clock.advanced_days * DAY_MS;
  }

  /** Today's day number (whole UTC days since 1970-01-01). */
  day(): number {
    return Math.floor(this.now() / DAY_MS);
  }

  /** Today as YYYY-MM-DD (UTC). */
  today(): string {
    return isoDate(this.day());
  }

  /** Moves the clock `days` whole days forward (0 is allowed and changes nothing). */
  advance(days: number): void {
    if (!Number.isInteger(days) || days < 0) throw new ClockError("advanceDays must be a whole number of days, 0 or more: the clock only moves forward");
    this.store.state.clock.advanced_days += days;
    this.store.changed();
  }

  /** Moves the clock forward to `date` (YYYY-MM-DD), keeping the time of day; today itself is allowed. */
  moveTo(date: string): void {
    const days = dayNumber(date) - this.day();
    if (days < 0) throw new ClockError(`The clock only moves forward: today is ${this.today()}, ${date} is in the past`);
    this.advance(days);
  }
}

function dayNumber(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isInteger(day) || isoDate(day) !== date) throw new ClockError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return day;
}
