"use client";

import { Table2, ChartColumn } from "lucide";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

export interface ChartOrTableProps {
  chart: React.ReactNode;
  /** The same numbers as the chart, as a table: for screen readers and for reading exact values. */
  table: React.ReactNode;
  /** Names what the chart shows ("balance chart"), so the toggle says what it swaps. */
  name: string;
}

/** A chart with a "Show as table" switch that swaps it for its table. */
export function ChartOrTable({ chart, table, name }: ChartOrTableProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex justify-end">
        <Button variant="ghost" size="sm" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? <Icon of={ChartColumn} className="size-4" /> : <Icon of={Table2} className="size-4" />}
          {asTable ? `Show as chart` : `Show as table`}
          <span className="sr-only"> ({name})</span>
        </Button>
      </div>
      {asTable ? table : chart}
    </div>
  );
}
