"use client";

import { useQuery } from "@tanstack/react-query";
import { SelectField } from "@/components/ui/select-field";
import { humanizeSlug } from "@/lib/format";
import { categoryTaxonomyQuery } from "@/lib/queries";
import type { FilterValues } from "@/lib/transaction-filter-rules";

interface Props {
  l1: string | null | undefined;
  l2: string | null | undefined;
  /** Why the category cannot be chosen right now (a search is on), or null. */
  unavailable: string | null;
  onChange: (patch: FilterValues) => void;
}

/** Category, then its subcategories, from Bud's taxonomy. */
export function CategoryFilter({ l1, l2, unavailable, onChange }: Props) {
  const { data: taxonomy = [], isError } = useQuery(categoryTaxonomyQuery());
  const subcategories = taxonomy.find((category) => category.slug === l1)?.subcategories ?? [];
  const hint = unavailable ?? (isError ? "Categories couldn’t be loaded; try again later." : undefined);
  return (
    <>
      <SelectField
        label="Category"
        value={l1 ?? ""}
        disabled={unavailable !== null}
        hint={hint}
        onChange={(event) => onChange({ category_l1: event.target.value || null, category_l2: null })}
      >
        <option value="">All categories</option>
        {taxonomy.map((category) => (
          <option key={category.slug} value={category.slug}>
            {humanizeSlug(category.slug)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Subcategory"
        value={l2 ?? ""}
        disabled={unavailable !== null || !l1}
        onChange={(event) => onChange({ category_l2: event.target.value || null })}
      >
        <option value="">{l1 ? `All of ${humanizeSlug(l1).toLowerCase()}` : "Choose a category first"}</option>
        {subcategories.map((slug) => (
          <option key={slug} value={slug}>
            {humanizeSlug(slug)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
