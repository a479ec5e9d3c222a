/*
 * How many transactions a page of a list holds, without zod: the overview's and an account's lists check it in the
 * browser with these, and the routes' zod schema (lib/schemas/transaction-page.ts) is built from the same function.
 */

/** Bud's largest page of transactions (`GET /financial/v2/transactions`). */
export const MAX_TRANSACTIONS_PAGE_SIZE = 200;
export const DEFAULT_TRANSACTIONS_PAGE_SIZE = 50;

/** A page size as a URL or a caller writes it, as a number: the default when left out. */
export function toPageSize(value: number | string | undefined): number {
  return value === undefined ? DEFAULT_TRANSACTIONS_PAGE_SIZE : Number(value);
}

/**
 * The problem with a page size, or null: a whole number from 1 to Bud's largest page. Worded as zod's number checks
 * wrote it before this rule was stated without zod, so the routes answer as they did.
 */
export function pageSizeProblem(size: number): string | null {
  if (!Number.isFinite(size)) return `Invalid input: expected number, received ${size}`;
  if (!Number.isInteger(size)) return "Invalid input: expected int, received number";
  if (size < 1) return "Too small: expected number to be >=1";
  if (size > MAX_TRANSACTIONS_PAGE_SIZE) return `Too big: expected number to be <=${MAX_TRANSACTIONS_PAGE_SIZE}`;
  return null;
}
