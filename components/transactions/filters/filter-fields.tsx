"use client";

import { useQuery } from "@tanstack/react-query";
import { AmountFilter } from "@/components/transactions/filters/amount-filter";
import { CategoryFilter } from "@/components/transactions/filters/category-filter";
import { PeriodFilter } from "@/components/transactions/filters/period-filter";
import { SelectField } from "@/components/ui/select-field";
import { accountsQuery } from "@/lib/queries";
import { unavailableFilters, type FilterValues } from "@/lib/transaction-filter-rules";

export interface FilterFieldsProps {
  values: FilterValues;
  onChange: (patch: FilterValues) => void;
}

/** The structured filters of /transactions: account, period, category, direction, status and amount. */
export function FilterFields({ values, onChange }: FilterFieldsProps) {
  const { data: accounts = [] } = useQuery(accountsQuery());
  const unavailable = unavailableFilters(values);
  return (
    <>
      <SelectField label="Account" value={values.account_id ?? ""} onChange={(event) => onChange({ account_id: event.target.value || null })}>
        <option value="">All accounts</option>
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </SelectField>
      <PeriodFilter from={values.from} to={values.to} onChange={onChange} />
      <CategoryFilter
        l1={values.category_l1}
        l2={values.category_l2}
        unavailable={unavailable.category ? "Clear the search to filter by category." : null}
        onChange={onChange}
      />
      <SelectField label="Money" value={values.direction ?? ""} onChange={(event) => onChange({ direction: event.target.value || null })}>
        <option value="">In and out</option>
        <option value="in">Money in</option>
        <option value="out">Money out</option>
      </SelectField>
      <SelectField
        label="Status"
        value={values.status ?? ""}
        disabled={unavailable.status}
        hint={unavailable.status ? "Not available with a search or an amount range." : undefined}
        onChange={(event) => onChange({ status: event.target.value || null })}
      >
        <option value="">Booked and pending</option>
        <option value="booked">Booked</option>
        <option value="pending">Pending</option>
      </SelectField>
      <AmountFilter min={values.amount_min} max={values.amount_max} onChange={onChange} />
    </>
  );
}
