import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Transaction } from "@/lib/domain";
import { parseCsv } from "@/lib/testing/csv";
import { testTransaction } from "@/lib/testing/transaction";
import { exportTransactionsCsv } from "@/lib/transactions-export";

/*
 * The exporter against a fake page source that records how many Bud pages it was asked for: memory stays at one
 * page only if the next page is fetched when the client has read the previous one, never ahead of the reader.
 */

const PAGES = 4;
const ROWS_PER_PAGE = 3;
const source = vi.hoisted(() => ({ fetched: 0, failFrom: Infinity }));

vi.mock("@/lib/log", () => ({ log: vi.fn() }));
vi.mock("@/lib/accounts", () => ({ getAccounts: vi.fn(async () => []) }));
vi.mock("@/lib/transactions", () => ({
  async *allTransactions(): AsyncGenerator<Transaction[]> {
    for (let page = 0; page < PAGES; page++) {
      if (page >= source.failFrom) throw new Error("Bud answered 503");
      source.fetched++;
      yield Array.from({ length: ROWS_PER_PAGE }, (_, row) => testTransaction({ id: `p${page}r${row}` }));
    }
  },
}));

beforeEach(() => {
  source.fetched = 0;
  source.failFrom = Infinity;
});

describe("the CSV export stream", () => {
  it("asks for the next page only when the client has read the one before", async () => {
    const response = await exportTransactionsCsv("user", {});
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      // Before each read, at most the page being read and one waiting have been fetched.
      expect(source.fetched).toBeLessThanOrEqual(chunks.length + 1);
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    expect(chunks).toHaveLength(PAGES);
    const rows = parseCsv(new TextDecoder().decode(Buffer.concat(chunks)).replace(/^\uFEFF/, ""));
    expect(rows.map((row) => row.transaction_id)).toEqual(
      Array.from({ length: PAGES * ROWS_PER_PAGE }, (_, i) => `p${Math.floor(i / ROWS_PER_PAGE)}r${i % ROWS_PER_PAGE}`),
    );
  });

  it("errors the download when a later page fails, instead of ending it cleanly", async () => {
    source.failFrom = 2;
    const response = await exportTransactionsCsv("user", {});
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await expect(reader.read()).rejects.toThrow("Bud answered 503");
  });
});
