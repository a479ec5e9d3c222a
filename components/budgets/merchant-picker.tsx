"use client";

import { X } from "lucide";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { merchantName } from "@/components/budgets/budget-labels";
import { Icon } from "@/components/ui/icon";

export interface MerchantPickerProps {
  /** The customer's own merchants, most used first. */
  merchants: readonly { slug: string; name: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

const SHOWN = 6;

/** Merchants searched from the customer's own recent spending, added one click at a time. */
export function MerchantPicker({ merchants, value, onChange, error }: MerchantPickerProps) {
  const id = useId();
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const matches = merchants
    .filter((merchant) => !value.includes(merchant.slug) && (needle === "" || merchant.name.toLowerCase().includes(needle)))
    .slice(0, SHOWN);
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-text">
        Merchants
      </label>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Chosen merchants">
          {value.map((slug) => (
            <li key={slug}>
              <Badge tone="accent" className="gap-1 py-1 text-sm">
                {merchantName(slug, merchants)}
                <button type="button" className="rounded-full" aria-label={`Remove ${merchantName(slug, merchants)}`} onClick={() => onChange(value.filter((chosen) => chosen !== slug))}>
                  <Icon of={X} className="size-3.5" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder="Search your merchants"
        aria-describedby={`${id}-hint`}
        className="h-11 rounded-lg border border-border-strong bg-surface px-3 text-base text-text placeholder:text-text-muted"
      />
      <p id={`${id}-hint`} className="text-sm text-text-muted">
        From your last three months of spending.
      </p>
      {matches.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Matching merchants">
          {matches.map((merchant) => (
            <li key={merchant.slug}>
              <Button variant="secondary" size="sm" onClick={() => onChange([...value, merchant.slug])}>
                Add {merchant.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        needle !== "" && <p className="text-sm text-text-muted">No merchant of yours matches “{search.trim()}”.</p>
      )}
      {error && <p className="text-sm text-negative">{error}</p>}
    </div>
  );
}
