import { z } from "zod";
import { Money } from "@/lib/domain";

/** What the customer spent at one merchant: debits minus refunds, positive. Browser-safe. */
export const MerchantTotal = z.object({
  /** The slug the transaction list's `merchant` filter takes. */
  slug: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  spent: Money,
  count: z.number().int().nonnegative(),
});
export type MerchantTotal = z.infer<typeof MerchantTotal>;

/** The `count` merchants with the most spending in one currency; merchants refunded in full drop out. */
export function topMerchants(merchants: readonly MerchantTotal[], currency: string, count: number): MerchantTotal[] {
  return merchants
    .filter((merchant) => merchant.spent.currency === currency && merchant.spent.minor > 0)
    .sort((a, b) => b.spent.minor - a.spent.minor || a.name.localeCompare(b.name))
    .slice(0, count);
}
