"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ExternalLink } from "lucide";
import Link from "next/link";
import { RecategoriseDialog } from "@/components/transactions/detail/recategorise-dialog";
import { categoryLabel, transactionTitle } from "@/components/transactions/transaction-row";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import { calendarDay, formatDate, formatDateTime, humanizeSlug } from "@/lib/format";
import { accountsQuery, transactionQuery } from "@/lib/queries";
import { toSearchParams } from "@/lib/schemas/search-params";
import { transferCounterpart } from "@/lib/transaction-rows";

const linkClass = "font-medium text-accent hover:underline";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-3 py-3 text-sm">
      <dt className="text-text-muted">{label}</dt>
      <dd className="min-w-0 break-words text-text">{children}</dd>
    </div>
  );
}

/** "Monthly, next expected 3 December 2026" */
function regularityText(regularity: { frequency: string; nextExpected: string | null }): string {
  const frequency = humanizeSlug(regularity.frequency);
  return regularity.nextExpected ? `${frequency}, next expected ${formatDate(regularity.nextExpected)}` : frequency;
}

/**
 * Everything Bud knows about one transaction, with links to the rest of the customer's data: the account, all
 * from the same merchant, and the other side of a transfer.
 */
export function TransactionDetails({ transactionRef, headingId }: { transactionRef: string; headingId: string }) {
  const { data: transaction } = useSuspenseQuery(transactionQuery(transactionRef));
  const { data: accounts = [] } = useQuery(accountsQuery());
  const account = accounts.find((candidate) => candidate.id === transaction.accountId);
  const counterpart = transferCounterpart(transaction, accounts);
  const { merchant } = transaction;
  const day = calendarDay(transaction.date);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex items-center gap-4">
        <Logo src={transaction.logoUrl ?? merchant?.logoUrl ?? null} name={merchant?.name ?? transaction.description} />
        <div className="min-w-0 flex-1">
          <h2 id={headingId} className="truncate text-lg font-semibold text-text">
            {transactionTitle(transaction, accounts)}
          </h2>
          <MoneyAmount amount={transaction.amount} sign="always" tone="credits" className="text-2xl font-semibold" />
        </div>
        {transaction.status !== "booked" && (
          <Badge tone={transaction.status === "pending" ? "warning" : "negative"}>{humanizeSlug(transaction.status)}</Badge>
        )}
      </div>
      <dl className="divide-y divide-border border-y border-border">
        <Row label="Description">{transaction.rawDescription}</Row>
        {merchant && (
          <Row label="Merchant">
            <span className="flex flex-col gap-1">
              {merchant.slug ? (
                <Link href={`/transactions?${toSearchParams({ merchant: merchant.slug })}`} className={linkClass}>
                  All from {merchant.name}
                </Link>
              ) : (
                merchant.name
              )}
              {transaction.merchantWebsite && (
                <a href={transaction.merchantWebsite} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-text-muted hover:underline">
                  {transaction.merchantWebsite.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
                  <Icon of={ExternalLink} className="size-3.5" aria-hidden />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              )}
            </span>
          </Row>
        )}
        <Row label="Category">
          <span className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {transaction.category ? humanizeSlug(transaction.category.l1) : "Uncategorised"}
              {transaction.category?.l2 && <span className="text-text-muted"> · {categoryLabel(transaction)}</span>}
            </span>
            <RecategoriseDialog transaction={transaction} transactionRef={transactionRef} />
          </span>
        </Row>
        <Row label="Account">
          {account ? (
            <Link href={`/accounts/${encodeURIComponent(account.id)}`} className={linkClass}>
              {account.name}
            </Link>
          ) : (
            "—"
          )}
        </Row>
        {counterpart && (
          <Row label="Transfer">
            {/* The other leg is on the other account that day. */}
            <Link href={`/transactions?${toSearchParams({ account_id: counterpart.id, from: day, to: day })}`} className={linkClass}>
              {transaction.amount.minor < 0 ? "To" : "From"} {counterpart.name}
            </Link>
          </Row>
        )}
        <Row label="Date">{formatDateTime(transaction.date)}</Row>
        {transaction.valueDate && <Row label="Value date">{formatDate(transaction.valueDate)}</Row>}
        <Row label="Status">{humanizeSlug(transaction.status)}</Row>
        {transaction.location && <Row label="Location">{transaction.location}</Row>}
        {transaction.regularity && <Row label="Regularity">{regularityText(transaction.regularity)}</Row>}
        {transaction.tags.length > 0 && (
          <Row label="Tags">
            <span className="flex flex-wrap gap-1.5">
              {transaction.tags.map((tag) => (
                <Badge key={tag}>{humanizeSlug(tag)}</Badge>
              ))}
            </span>
          </Row>
        )}
      </dl>
    </div>
  );
}
