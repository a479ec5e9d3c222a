"use client";

import { X } from "lucide";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { humanizeSlug } from "@/lib/format";
import type { BudgetFormValues, TaxonomyEntry } from "@/lib/schemas/budgets";

type Choice = BudgetFormValues["categories"][number];

export interface CategoryPickerProps {
  taxonomy: readonly TaxonomyEntry[];
  value: Choice[];
  onChange: (value: Choice[]) => void;
  /** About the whole list (a category chosen twice). */
  listError?: string;
  /** About each choice, by index (not Bud's category, or an L2 not under it). */
  itemErrors: (string | undefined)[];
}

const selectClasses = "h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-text";

/** Categories from Bud's taxonomy: add an L1, then optionally narrow it to some of its own L2s. */
export function CategoryPicker({ taxonomy, value, onChange, listError, itemErrors }: CategoryPickerProps) {
  const id = useId();
  const available = taxonomy.filter((entry) => !value.some((choice) => choice.l1 === entry.l1));
  const update = (index: number, choice: Choice | null) =>
    onChange(choice ? value.map((current, at) => (at === index ? choice : current)) : value.filter((_, at) => at !== index));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1.5 text-sm font-medium text-text">Categories</legend>
      {value.map((choice, index) => {
        const entry = taxonomy.find((candidate) => candidate.l1 === choice.l1);
        const error = itemErrors[index];
        return (
          <div key={choice.l1} className="rounded-lg border border-border p-3">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium text-text">{humanizeSlug(choice.l1)}</span>
              <Button variant="ghost" size="sm" onClick={() => update(index, null)} aria-label={`Remove ${humanizeSlug(choice.l1)}`}>
                <Icon of={X} className="size-4" />
              </Button>
            </div>
            {entry && entry.l2.length > 0 && (
              <fieldset className="mt-2">
                <legend className="text-sm text-text-muted">Only some of it? (leave all clear for everything)</legend>
                <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1.5">
                  {entry.l2.map((l2) => (
                    <label key={l2} className="flex items-center gap-2 text-sm text-text">
                      <input
                        type="checkbox"
                        className="size-4 accent-accent"
                        checked={choice.l2.includes(l2)}
                        onChange={(event) =>
                          update(index, { l1: choice.l1, l2: event.target.checked ? [...choice.l2, l2] : choice.l2.filter((slug) => slug !== l2) })
                        }
                      />
                      {humanizeSlug(l2)}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            {error && <p className="mt-2 text-sm text-negative">{error}</p>}
          </div>
        );
      })}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-sm text-text-muted">
          {value.length === 0 ? "Add a category (or leave empty to count every purchase)" : "Add another category"}
        </label>
        <select
          id={id}
          className={selectClasses}
          value=""
          aria-invalid={listError ? true : undefined}
          onChange={(event) => event.target.value && onChange([...value, { l1: event.target.value, l2: [] }])}
        >
          <option value="">Choose a category…</option>
          {available.map((entry) => (
            <option key={entry.l1} value={entry.l1}>
              {humanizeSlug(entry.l1)}
            </option>
          ))}
        </select>
        {listError && <p className="text-sm text-negative">{listError}</p>}
      </div>
    </fieldset>
  );
}
