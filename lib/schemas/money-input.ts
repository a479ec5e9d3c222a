import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";
import type { Money } from "@/lib/money";
import { parseMoneyInput } from "@/lib/money-input";

/**
 * A zod schema for a typed amount in `currency`, between `min` and `max` minor units inclusive (defaults: more
 * than zero, and no upper bound beyond what is exact), giving Money.
 */
export function moneyInputSchema(currency: string, limits: { min?: number; max?: number } = {}) {
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = limits;
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx): Money => {
      const parsed = parseMoneyInput(text, currency);
      if (!parsed.ok) {
        addIssue(ctx, parsed.message);
        return z.NEVER;
      }
      if (parsed.money.minor < min) addIssue(ctx, min <= 1 ? "Enter an amount above zero." : "That amount is too small.");
      else if (parsed.money.minor > max) addIssue(ctx, "That amount is too large.");
      return parsed.money;
    }),
  );
}
