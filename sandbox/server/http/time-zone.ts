/** The X-Timezone header of Bud's search: a tz database identifier that places bare dates and "today". */
import { TZDate } from "@date-fns/tz";
import type { Context } from "hono";
import { failedValidation } from "./errors";

/**
 * Zones already checked. Checking builds an Intl.DateTimeFormat, whose ICU objects live outside the V8 heap until
 * a collection finalises them: one per search request piled up. Bounded, since the header is the client's.
 */
const checkedZones = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
  let valid = checkedZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedZones.size >= 1_000) checkedZones.clear();
    checkedZones.set(zone, valid);
  }
  return valid;
}

export function timeZoneHeader(c: Context): string {
  const zone = c.req.header("X-Timezone")?.trim();
  if (!zone) throw failedValidation({ "X-Timezone": ["not present"] });
  if (!isTimeZone(zone)) throw failedValidation({ "X-Timezone": ["must be a tz database identifier, e.g. Europe/London"] });
  return zone;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch seconds of a day's first (or last) second in the zone. */
export function zonedDayEdge(year: number, month: number, day: number, zone: string, edge: "start" | "end"): number {
  const start = new TZDate(year, month - 1, day, zone).getTime() / 1000;
  if (edge === "start") return start;
  return new TZDate(year, month - 1, day + 1, zone).getTime() / 1000 - 1;
}

/** A valid budDate in epoch seconds; a bare date is a whole day in the zone. */
export function zonedInstant(value: string, zone: string, edge: "start" | "end"): number {
  const date = DATE_ONLY.exec(value);
  if (!date) return Math.floor(Date.parse(value) / 1000);
  return zonedDayEdge(Number(date[1]), Number(date[2]), Number(date[3]), zone, edge);
}

/** Epoch seconds of the edge of the zone's day that contains `epochMs`. */
export function zonedDayOf(epochMs: number, zone: string, edge: "start" | "end"): number {
  const local = new TZDate(epochMs, zone);
  return zonedDayEdge(local.getFullYear(), local.getMonth() + 1, local.getDate(), zone, edge);
}
