import { stringify } from "csv-stringify/sync";
import type { Account, Transaction } from "@/lib/domain";
import { calendarDay, clockTime } from "@/lib/format";
import { toWireAmount } from "@/lib/money";

/*
 * The CSV export's rows, written by csv-stringify (RFC 4180 quoting, CRLF line ends), a page at a time so a
 * 105,000-row export never holds more than one page. UTF-8 with a byte-order mark so Excel reads £ and accents.
 */

export const CSV_COLUMNS = [
  "date",
  "time",
  "description",
  "merchant",
  "category",
  "subcategory",
  "account",
  "amount",
  "currency",
  "status",
  "transaction_id",
] as const;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, which some strip first) as a
 * formula: "=HYPERLINK(…)" in a description would run on the customer's machine. Such text cells get a leading
 * apostrophe (OWASP's advice). The amount column is a number we write ourselves, so its minus sign stays.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** `-12.30`, `2500.00`, `500` (JPY): signed, in major units, the currency's own decimal places. */
export function signedAmount(amount: Transaction["amount"]): string {
  const { value, direction } = toWireAmount(amount);
  return direction === "debit" && amount.minor !== 0 ? `-${value}` : value;
}


function record(transaction: Transaction, accountNames: ReadonlyMap<string, string>): string[] {
  const text = (value: string | null | undefined) => neutraliseFormula(value ?? "");
  return [
    calendarDay(transaction.date),
    clockTime(transaction.date),
    text(transaction.rawDescription),
    text(transaction.merchant?.name),
    text(transaction.category?.l1),
    text(transaction.category?.l2),
    text(accountNames.get(transaction.accountId) ?? transaction.accountId),
    signedAmount(transaction.amount),
    transaction.amount.currency,
    transaction.status,
    text(transaction.id),
  ];
}

/** One page of rows as CSV text; the first page starts with the BOM and the header row. */
export function csvChunk(transactions: readonly Transaction[], accounts: readonly Account[], first: boolean): string {
  const accountNames = new Map(accounts.map((account) => [account.id, account.name]));
  return stringify(
    transactions.map((transaction) => record(transaction, accountNames)),
    {
      bom: first,
      header: first,
      columns: [...CSV_COLUMNS],
      record_delimiter: "windows",
      // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or CR, which RFC 4180
      // readers would take as a record's end; edge spaces are quoted so no reader trims them.
      quoted_match: /[\r\n]|^\s|\s$/,
    },
  );
}

/** `transactions-2026-01-01-to-2026-11-30.csv`, or `transactions-all.csv` with no date filter. */
export function csvFilename(filters: { from?: string; to?: string }): string {
  if (!filters.from && !filters.to) return "transactions-all.csv";
  return `transactions-${filters.from ?? "start"}-to-${filters.to ?? "today"}.csv`;
}
