import "server-only";
import { z } from "zod";
import { BudError } from "@/lib/bud/errors";
import { MoneyParseError, parseMoney, type Money } from "@/lib/money";

/**
 * Run-time checks of Bud's responses. They name only the fields we read (unknown fields pass through), so Bud
 * adding a field never breaks us, while a missing or mistyped field we rely on fails loudly as bad_response.
 */
export const WireAmount = z.object({ value: z.string(), currency: z.string() });
export const WireDirection = z.enum(["credit", "debit"]);

export function parseWire<T extends z.ZodType>(schema: T, data: unknown, operation: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new BudError("bad_response", operation, { cause: result.error });
  return result.data;
}

/** Wire amount + direction → signed Money; a malformed amount is a bad response, not a crash. */
export function toMoney(
  amount: z.infer<typeof WireAmount>,
  direction: z.infer<typeof WireDirection>,
  operation: string,
): Money {
  try {
    return parseMoney(amount.value, amount.currency, direction);
  } catch (cause) {
    if (cause instanceof MoneyParseError) throw new BudError("bad_response", operation, { cause });
    throw cause;
  }
}
