import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";
import { isIsoDate, MAX_RANGE_DAYS, rangeDays, ROLLING_PRESETS, type Period, type RollingPreset } from "@/lib/periods";

/*
 * Periods and date ranges as written in URLs, checked with messages that say what is wrong; shared by routes,
 * query builders and pickers. Apart from lib/periods.ts so the date arithmetic ships without zod.
 */

const isoDateSchema = z.string().check(z.refine(isIsoDate, "Use a real date written as YYYY-MM-DD."));

/** A `from`/`to` pair from a URL: real dates, in order, at most five years apart. */
export const dateRangeSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).check(
  z.refine(({ from, to }) => from <= to, { message: "The start date must not be after the end date.", path: ["to"] }),
  z.refine((range) => rangeDays(range) <= MAX_RANGE_DAYS, { message: "Choose a range of at most five years.", path: ["from"] }),
);

/** A period as written in URLs: `1m`, `3m`, `6m`, `1y`, `ytd`, `2026-06` or `2026-01-01..2026-03-31`. */
export const periodSchema = z.pipe(
  z.string(),
  z.transform((text: string, ctx): Period => {
    if ((ROLLING_PRESETS as readonly string[]).includes(text)) return { kind: "rolling", preset: text as RollingPreset };
    if (text === "ytd") return { kind: "ytd" };
    if (/^\d{4}-\d{2}$/.test(text) && isIsoDate(`${text}-01`)) return { kind: "month", month: text };
    const [from = "", to = "", extra] = text.split("..");
    const range = extra === undefined ? dateRangeSchema.safeParse({ from, to }) : undefined;
    if (range?.success) return { kind: "custom", ...range.data };
    addIssue(ctx, range?.error.issues[0]?.message ?? "Choose a valid period.");
    return z.NEVER;
  }),
);
