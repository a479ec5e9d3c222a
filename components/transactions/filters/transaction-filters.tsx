"use client";

import { Info, SlidersHorizontal, X } from "lucide";
import { useCallback, useState } from "react";
import { FilterFields } from "@/components/transactions/filters/filter-fields";
import { SearchBox } from "@/components/transactions/filters/search-box";
import { useFilterChanges } from "@/components/transactions/filters/use-filter-changes";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { humanizeSlug } from "@/lib/format";
import { hasFilters } from "@/lib/rules/transaction-filters";

/** Every filter of /transactions, each one a URL parameter; on phones the structured ones fold away. */
export function TransactionFilters() {
  const { values, change, clear, note } = useFilterChanges();
  const [open, setOpen] = useState(false);
  const onSearch = useCallback((text: string | null) => change({ q: text }, { typing: true }), [change]);
  const active = hasFilters(Object.fromEntries(Object.entries(values).filter(([, v]) => v)));

  return (
    <Card className="flex flex-col gap-4 p-4 sm:p-5">
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <SearchBox value={values.q} onSearch={onSearch} />
        </div>
        <Button
          variant="secondary"
          className="h-11 sm:hidden"
          aria-expanded={open}
          aria-controls="transaction-filters"
          onClick={() => setOpen(!open)}
        >
          <Icon of={SlidersHorizontal} className="size-4" aria-hidden />
          Filters
        </Button>
      </div>
      {note && (
        <p role="status" className="flex items-start gap-2 text-sm text-text-muted">
          <Icon of={Info} className="mt-0.5 size-4 shrink-0" aria-hidden />
          {note}
        </p>
      )}
      <div id="transaction-filters" className={cn("grid-cols-1 gap-3 sm:grid sm:grid-cols-2 xl:grid-cols-4", open ? "grid" : "hidden")}>
        <FilterFields values={values} onChange={change} />
      </div>
      {(values.merchant || active) && (
        <div className="flex flex-wrap items-center gap-2">
          {values.merchant && (
            <Button variant="secondary" size="sm" onClick={() => change({ merchant: null })} aria-label={`Remove the merchant filter ${humanizeSlug(values.merchant)}`}>
              Merchant: {humanizeSlug(values.merchant)}
              <Icon of={X} className="size-3.5" aria-hidden />
            </Button>
          )}
          {active && (
            <Button variant="ghost" size="sm" onClick={clear}>
              Clear filters
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
