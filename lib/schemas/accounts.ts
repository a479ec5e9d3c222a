import { z } from "zod";

/** `PUT /api/accounts/[accountId]/visibility`: whether the account counts in totals and net worth. Browser-safe. */
export const AccountVisibility = z.object({ hiddenFromTotals: z.boolean() });
export type AccountVisibility = z.infer<typeof AccountVisibility>;
