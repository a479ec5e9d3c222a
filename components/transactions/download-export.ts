import { apiErrorOf } from "@/lib/api-fetch";

/**
 * Reads a CSV export to its end and saves it as a file, reporting the rows so far. The file is read here rather
 * than by the browser's own download so the count can be shown, and so an export that fails part-way saves
 * nothing at all. Loaded when Export is first hovered, focused or pressed: most visits never export.
 */
export async function downloadExport(url: string, signal: AbortSignal, onRows: (rows: number) => void): Promise<void> {
  const response = await fetch(url, { signal });
  // An error before the first byte is our JSON error shape: read as any other route's.
  if (!response.ok || !response.body) throw apiErrorOf(response.status, await response.json().catch(() => null));
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) if (byte === 10) lines++;
    onRows(Math.max(0, lines - 1));
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "transactions.csv";
  const href = URL.createObjectURL(new Blob(chunks, { type: "text/csv" }));
  Object.assign(document.createElement("a"), { href, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
