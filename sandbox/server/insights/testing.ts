/** Expected-value builders for the insight tests: Bud's total-with-count entries. */
const total = (value: string, currency: string, count: number) => ({ amount: { value, currency }, transaction_count: count });
export const gbp = (value: string, count = 1) => total(value, "GBP", count);
export const eur = (value: string, count = 1) => total(value, "EUR", count);
