"use client";

import { Download } from "lucide";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ApiError } from "@/lib/api-fetch";
import { formatCount } from "@/lib/format";
import { toSearchParams } from "@/lib/schemas/search-params";
import type { ValidFilters } from "@/lib/rules/transaction-filters";

type ExportState = { kind: "idle" } | { kind: "running"; rows: number } | { kind: "failed"; message: string };

const FAILED_PART_WAY = "The export stopped part-way, so no file was saved. Please try again.";

const loadDownload = () => import("@/components/transactions/download-export").then((module) => module.downloadExport);

/** Downloads the current filter's transactions as CSV, showing the rows so far, with Cancel. */
export function ExportButton({ filters }: { filters: ValidFilters }) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", rows: 0 });
    try {
      const download = await loadDownload();
      await download(`/api/transactions/export?${toSearchParams(filters)}`, controller.signal, (rows) => setState({ kind: "running", rows }));
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
        <Button
          variant="secondary"
          size="sm"
          onClick={() => void run()}
          onPointerEnter={() => void loadDownload()}
          onFocus={() => void loadDownload()}
          loading={state.kind === "running"}
        >
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
