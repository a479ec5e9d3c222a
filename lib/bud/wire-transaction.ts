import "server-only";
import { z } from "zod";
import { toMoney, WireAmount, WireDirection } from "@/lib/bud/wire";
import type { Transaction } from "@/lib/domain";

/*
 * Bud's Transaction object, shared by the transaction list, search and the similar-transactions call: the fields
 * we read, checked at run time, and mapped once to our domain Transaction.
 */

const Slug = z.object({ slug: z.string().min(1) });

export const WireTransaction = z.object({
  transaction_id: z.string().min(1),
  account_id: z.string().min(1),
  description: z.string(),
  suggested_description: z.string().nullish(),
  suggested_logo: z.string().nullish(),
  amount: WireAmount,
  credit_debit_indicator: WireDirection,
  status: z.enum(["booked", "pending", "declined"]),
  date_time: z.string().min(1),
  value_date_time: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  counterparty: z.object({ name: z.string().nullish(), identifier: z.string().nullish() }).nullish(),
  enrichments: z
    .object({
      categories: z.object({ l1: Slug.nullish(), l2: Slug.nullish() }).nullish(),
      merchant: z
        .object({
          id: z.string().nullish(),
          slug: z.string().nullish(),
          display_name: z.string().nullish(),
          logo: z.string().nullish(),
          website: z.string().nullish(),
        })
        .nullish(),
      location: z
        .object({ address: z.object({ city: z.string().nullish(), country: z.string().nullish() }).nullish() })
        .nullish(),
      regularity: z
        .object({ frequency: z.string().nullish(), predicted_date_times: z.array(z.string()).nullish() })
        .nullish(),
    })
    .nullish(),
});
export type WireTransaction = z.infer<typeof WireTransaction>;

function locationOf(wire: WireTransaction): string | null {
  const address = wire.enrichments?.location?.address;
  const parts = [address?.city, address?.country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(", ") : null;
}

function regularityOf(wire: WireTransaction, now: number): Transaction["regularity"] {
  const regularity = wire.enrichments?.regularity;
  if (!regularity?.frequency || regularity.frequency === "unknown") return null;
  const next = regularity.predicted_date_times?.find((date) => Date.parse(date) >= now) ?? null;
  return { frequency: regularity.frequency, nextExpected: next };
}

/** Only http(s) links reach the page: a merchant website is rendered as a link. */
const webLink = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

export function toTransaction(wire: WireTransaction, operation: string, now = Date.now()): Transaction {
  const categories = wire.enrichments?.categories;
  const merchant = wire.enrichments?.merchant;
  const merchantName = merchant?.display_name;
  const counterparty = wire.counterparty;
  return {
    id: wire.transaction_id,
    accountId: wire.account_id,
    date: wire.date_time,
    description: wire.suggested_description || wire.description,
    rawDescription: wire.description,
    amount: toMoney(wire.amount, wire.credit_debit_indicator, operation),
    status: wire.status,
    category: categories?.l1 ? { l1: categories.l1.slug, l2: categories.l2?.slug ?? null } : null,
    merchant: merchantName
      ? { id: merchant.id ?? null, slug: merchant.slug ?? null, name: merchantName, logoUrl: merchant.logo || null }
      : null,
    logoUrl: merchant?.logo || wire.suggested_logo || null,
    tags: wire.tags ?? [],
    valueDate: wire.value_date_time || null,
    merchantWebsite: webLink(merchant?.website),
    counterparty: counterparty
      ? { name: counterparty.name || null, identifier: counterparty.identifier || null }
      : null,
    location: locationOf(wire),
    regularity: regularityOf(wire, now),
  };
}
