"use client";

import { useQuery } from "@tanstack/react-query";
import { Info, SlidersHorizontal, X } from "lucide";
import { useCallback, useState } from "react";
import { AmountFilter } from "@/components/transactions/filters/amount-filter";
import { CategoryFilter } from "@/components/transactions/filters/category-filter";
import { PeriodFilter } from "@/components/transactions/filters/period-filter";
import { SearchBox } from "@/components/transactions/filters/search-box";
import { useTransactionFilters } from "@/components/transactions/use-transaction-filters";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { SelectField } from "@/components/ui/select-field";
import { humanizeSlug } from "@/lib/format";
import { accountsQuery } from "@/lib/queries";
import { hasFilters } from "@/lib/rules/transaction-filters";
import { unavailableFilters } from "@/lib/transaction-filter-rules";

/** Every filter of /transactions, each one a URL parameter; on phones the structured ones fold away. */
export function TransactionFilters() {
  const { values, change, clear, note } = useTransactionFilters();
  const [open, setOpen] = useState(false);
  const { data: accounts = [] } = useQuery(accountsQuery());
  const unavailable = unavailableFilters(values);
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
        <SelectField label="Account" value={values.account_id ?? ""} onChange={(event) => change({ account_id: event.target.value || null })}>
          <option value="">All accounts</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </SelectField>
        <PeriodFilter from={values.from} to={values.to} onChange={change} />
        <CategoryFilter
          l1={values.category_l1}
          l2={values.category_l2}
          unavailable={unavailable.category ? "Clear the search to filter by category." : null}
          onChange={change}
        />
        <SelectField label="Money" value={values.direction ?? ""} onChange={(event) => change({ direction: event.target.value || null })}>
          <option value="">In and out</option>
          <option value="in">Money in</option>
          <option value="out">Money out</option>
        </SelectField>
        <SelectField
          label="Status"
          value={values.status ?? ""}
          disabled={unavailable.status}
          hint={unavailable.status ? "Not available with a search or an amount range." : undefined}
          onChange={(event) => change({ status: event.target.value || null })}
        >
          <option value="">Booked and pending</option>
          <option value="booked">Booked</option>
          <option value="pending">Pending</option>
        </SelectField>
        <AmountFilter min={values.amount_min} max={values.amount_max} onChange={change} />
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
