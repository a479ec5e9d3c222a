import "server-only";
import { getAccounts } from "@/lib/accounts";
import { log } from "@/lib/log";
import { MAX_SEARCH_PAGE_SIZE, needsSearch } from "@/lib/rules/transaction-filters";
import { MAX_TRANSACTIONS_PAGE_SIZE } from "@/lib/rules/transaction-page";
import type { TransactionFilterQuery } from "@/lib/schemas/transactions";
import { allTransactions } from "@/lib/transactions";
import { csvChunk, csvFilename } from "@/lib/transactions-csv";

/**
 * The CSV of every transaction matching the filters, streamed: each Bud page is fetched only when the client has
 * read the previous one (pull), so memory stays at one page whatever the size. The first page is fetched before
 * answering, so a failure then is an ordinary error response; a failure after the first bytes errors the stream,
 * which aborts the download (never a clean but short file).
 */
export async function exportTransactionsCsv(userId: string, filters: TransactionFilterQuery): Promise<Response> {
  const pageSize = needsSearch(filters) ? MAX_SEARCH_PAGE_SIZE : MAX_TRANSACTIONS_PAGE_SIZE;
  const pages = allTransactions(userId, filters, pageSize);
  const [accounts, first] = await Promise.all([getAccounts(userId), pages.next()]);
  const encoder = new TextEncoder();
  let rows = first.done ? 0 : first.value.length;

  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csvChunk(first.done ? [] : first.value, accounts, true)));
        if (first.done) controller.close();
      },
      async pull(controller) {
        try {
          const next = await pages.next();
          if (next.done) {
            log("info", "transactions_export", { rows });
            controller.close();
            return;
          }
          rows += next.value.length;
          controller.enqueue(encoder.encode(csvChunk(next.value, accounts, false)));
        } catch (error) {
          log("warn", "transactions_export_failed", { rows, error: error instanceof Error ? error.name : "unknown" });
          controller.error(error);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    // One page of CSV waiting is enough: the next Bud call waits for the client.
    { highWaterMark: 1 },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename(filters)}"`,
      "Cache-Control": "no-store",
    },
  });
}
