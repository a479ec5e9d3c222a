import { humanizeSlug } from "@/lib/format";
import type { Budget } from "@/lib/domain";

/** A merchant's display name from the customer's merchants, or its slug made readable. */
export function merchantName(slug: string, merchants: readonly { slug: string; name: string }[] = []): string {
  return merchants.find((merchant) => merchant.slug === slug)?.name ?? humanizeSlug(slug);
}

/** What a budget counts, in words: "Food and drink (Groceries) · Tesco", or everything when it names nothing. */
export function budgetScope(budget: Pick<Budget, "categories" | "merchants">): string {
  const categories = budget.categories.map(({ l1, l2 }) =>
    l2.length > 0 ? `${humanizeSlug(l1)} (${l2.map(humanizeSlug).join(", ")})` : humanizeSlug(l1),
  );
  const parts = [...categories, ...budget.merchants.map((slug) => merchantName(slug))];
  return parts.length > 0 ? parts.join(" · ") : "All spending";
}
