"use client";

import { Info, SlidersHorizontal, X } from "lucide";
import { useCallback, useEffect, useState, type ComponentType } from "react";
import type { FilterFieldsProps } from "@/components/transactions/filters/filter-fields";
import { SearchBox } from "@/components/transactions/filters/search-box";
import { useTransactionFilters } from "@/components/transactions/use-transaction-filters";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { Skeleton } from "@/components/ui/skeleton";
import { humanizeSlug } from "@/lib/format";
import { hasFilters } from "@/lib/rules/transaction-filters";

/*
 * The structured filters (and the period maths behind their presets) are not in the page's first load: on wider
 * screens they load as soon as the page is up, with placeholders of their size until then; on phones, where they
 * are folded away, when "Filters" is first touched.
 */
let filterFields: Promise<ComponentType<FilterFieldsProps>> | undefined;
const loadFilterFields = () =>
  (filterFields ??= import("@/components/transactions/filters/filter-fields").then((module) => module.FilterFields));

/** Where the structured filters show without being unfolded (Tailwind's `sm`). */
const UNFOLDED_MEDIA = "(min-width: 40rem)";

/** Every filter of /transactions, each one a URL parameter; on phones the structured ones fold away. */
export function TransactionFilters() {
  const { values, change, clear, note } = useTransactionFilters();
  const [open, setOpen] = useState(false);
  const [FilterFields, setFilterFields] = useState<ComponentType<FilterFieldsProps> | null>(null);
  useEffect(() => {
    if (open || window.matchMedia(UNFOLDED_MEDIA).matches) void loadFilterFields().then((component) => setFilterFields(() => component));
  }, [open]);
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
          onPointerDown={() => void loadFilterFields()}
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
        {FilterFields ? <FilterFields values={values} onChange={change} /> : <FilterFieldsSkeleton />}
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

/** The filters' shape while their code loads: eight labelled fields, the amount range two wide. */
function FilterFieldsSkeleton() {
  return Array.from({ length: 7 }, (_, index) => (
    <div key={index} className={cn("flex flex-col gap-1.5", index === 6 && "sm:col-span-2")}>
      <Skeleton className="my-0.5 h-4 w-24" />
      <Skeleton className="h-11 w-full rounded-lg" />
    </div>
  ));
}
