/**
 * Timers for what the stand-in does by itself when a task's moment comes (a connect task finishing connects the
 * bank and sends its webhook even if nobody polls). Times are on the stand-in clock; every timer is cleared on
 * close, so a stopped sandbox never fires into a closed store.
 */
import type { SandboxClock } from "./clock";

export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly clock: SandboxClock) {}

  /** Runs `task` at `at` (epoch ms, stand-in clock), or on the next tick when that moment has passed. */
  at(at: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      // Node counts a timer from the event loop's cached time, so it can fire a few ms before the clock reaches
      // `at`; a task that checks the clock would then find itself not due and never run. Wait out the rest.
      if (this.clock.now() < at) this.at(at, task);
      else task();
    }, Math.max(0, at - this.clock.now()));
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
