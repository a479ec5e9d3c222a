/**
 * The time range of an insight request, on the stand-in clock: `from`/`to` (query or X-From/X-To headers; RFC 3339
 * or YYYY-MM-DD, a bare `to` meaning the whole day), each operation's default look-back ending today, and a 400
 * naming the field for anything malformed or reversed.
 */
import { addMonths, dayOfInstant, isoDate, isoDateTime, parseInstant, SECONDS_PER_DAY } from "../../data/calendar";
import type { SandboxClock } from "../clock";
import { budDate } from "../http/dates";
import { failedValidation } from "../http/errors";

export interface Period {
  /** Inclusive epoch seconds. */
  from: number;
  to: number;
}

export type LookBack = { months: number } | { days: number };

function instant(field: string, value: string, endOfDay: boolean): number {
  if (!budDate.safeParse(value).success) throw failedValidation({ [field]: ["must be an RFC 3339 date-time or YYYY-MM-DD"] });
  return parseInstant(value, endOfDay);
}

/** Defaults: `to` the end of today, `from` the start of the day `lookBack` before today. */
export function requestPeriod(
  clock: SandboxClock,
  values: { from?: string; to?: string },
  lookBack: LookBack,
  fields: { from: string; to: string } = { from: "from", to: "to" },
): Period {
  const today = clock.day();
  const to = values.to === undefined ? (today + 1) * SECONDS_PER_DAY - 1 : instant(fields.to, values.to, true);
  const startDay = "months" in lookBack ? addMonths(today, -lookBack.months) : today - lookBack.days;
  const from = values.from === undefined ? startDay * SECONDS_PER_DAY : instant(fields.from, values.from, false);
  if (from > to) throw failedValidation({ [fields.from]: [`must not be after ${fields.to}`] });
  return { from, to };
}

/** X-From / X-To (smart finders and merchant totals); empty headers count as absent. */
export function headerPeriod(clock: SandboxClock, header: (name: string) => string | undefined, lookBack: LookBack): Period {
  const read = (name: string) => header(name)?.trim() || undefined;
  return requestPeriod(clock, { from: read("X-From"), to: read("X-To") }, lookBack, { from: "X-From", to: "X-To" });
}

export const rfc3339Range = (period: Period) => ({ from: isoDateTime(period.from), to: isoDateTime(period.to) });

/** The legacy date-range metadata of the smart finders and merchant totals (YYYY-MM-DD, as their examples). */
export const dateRange = (period: Period) => ({ from: isoDate(dayOfInstant(period.from)), to: isoDate(dayOfInstant(period.to)) });
