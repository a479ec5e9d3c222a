/** The days a newly connected bank's data covers: light on purpose, so the server can import it without the generator. */
import { addMonths, dayOf, isoDate } from "./calendar";
import type { ConnectionWindow } from "./world";

/** A first sync fetches the 24 months before it, as Bud's providers typically allow. */
export const HISTORY_MONTHS = 24;

/** A connection's first sync on `day` (YYYY-MM-DD) fetches this window; refreshes move `through` on. */
export function firstSyncWindow(provider: string, day: string): ConnectionWindow {
  return { provider, from: isoDate(addMonths(dayOf(day), -HISTORY_MONTHS)), firstSync: day, through: day };
}
