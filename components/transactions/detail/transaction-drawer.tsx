"use client";

import { X } from "lucide";
import Link from "next/link";
import { Dialog } from "radix-ui";
import { useId } from "react";
import { TransactionDetails } from "@/components/transactions/detail/transaction-details";
import { TransactionDetailsSkeleton } from "@/components/transactions/detail/transaction-details-skeleton";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";

/**
 * The detail beside the list on wide screens: a drawer over the right edge, in its own URL (`?txn=<ref>`), so a
 * reload or a shared link opens it again. Its own page (/transactions/<ref>) is one link away. Mounted only while a
 * transaction is open (components/transactions/transactions-view.tsx), so it is always open while it exists.
 */
export function TransactionDrawer({ transactionRef, onClose }: { transactionRef: string; onClose: () => void }) {
  const headingId = useId();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 right-0 z-40 flex w-full max-w-md flex-col overflow-y-auto border-l border-border bg-surface p-5 shadow-xl sm:p-6"
        >
          <div className="mb-5 flex items-center justify-between gap-4">
            <Dialog.Title className="text-sm font-medium text-text-muted">Transaction</Dialog.Title>
            <div className="flex items-center gap-3">
              <Link href={`/transactions/${encodeURIComponent(transactionRef)}`} className="text-sm font-medium text-accent hover:underline">
                Open as page
              </Link>
              <Dialog.Close className="grid size-9 place-items-center rounded-lg text-text-muted hover:bg-surface-muted" aria-label="Close">
                <Icon of={X} className="size-5" />
              </Dialog.Close>
            </div>
          </div>
          <QueryBoundary skeleton={<TransactionDetailsSkeleton />} errorTitle="We couldn’t load this transaction">
            <TransactionDetails transactionRef={transactionRef} headingId={headingId} />
          </QueryBoundary>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
