"use client";

import { Download } from "lucide";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ApiError, apiErrorOf } from "@/lib/api-fetch";
import { formatCount } from "@/lib/format";
import { toSearchParams } from "@/lib/schemas/search-params";
import type { ValidFilters } from "@/lib/rules/transaction-filters";

type ExportState = { kind: "idle" } | { kind: "running"; rows: number } | { kind: "failed"; message: string };

const FAILED_PART_WAY = "The export stopped part-way, so no file was saved. Please try again.";

/**
 * Downloads the current filter's transactions as CSV. The file is read here rather than by the browser's own
 * download so the count of rows so far can be shown, and so an export that fails part-way saves nothing at all.
 */
export function ExportButton({ filters }: { filters: ValidFilters }) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", rows: 0 });
    try {
      const response = await fetch(`/api/transactions/export?${toSearchParams(filters)}`, { signal: controller.signal });
      // An error before the first byte is our JSON error shape: apiFetch reads it as any other route's.
      if (!response.ok || !response.body) throw apiErrorOf(response.status, await response.json().catch(() => null));
      const reader = response.body!.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let lines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        for (const byte of value) if (byte === 10) lines++;
        setState({ kind: "running", rows: Math.max(0, lines - 1) });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "transactions.csv";
      const url = URL.createObjectURL(new Blob(chunks, { type: "text/csv" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "idle" });
    } catch (error) {
      if (controller.signal.aborted) setState({ kind: "idle" });
      else setState({ kind: "failed", message: error instanceof ApiError ? error.message : FAILED_PART_WAY });
    } finally {
      abort.current = null;
    }
  };

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        {state.kind === "running" && (
          <>
            <p role="status" className="text-sm text-text-muted">
              Exporting… {formatCount(state.rows, "row")}
            </p>
            <Button variant="ghost" size="sm" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          </>
        )}
        <Button variant="secondary" size="sm" onClick={() => void run()} loading={state.kind === "running"}>
          <Icon of={Download} className="size-4" aria-hidden />
          Export CSV
        </Button>
      </div>
      {state.kind === "failed" && (
        <p role="alert" className="text-sm text-negative">
          {state.message}
        </p>
      )}
    </div>
  );
}
