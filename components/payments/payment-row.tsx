import { ChevronRight } from "lucide";
import Link from "next/link";
import { PaymentStateChip } from "@/components/payments/payment-state-chip";
import { KIND_LABELS } from "@/components/payments/payment-labels";
import { scheduleWords } from "@/components/payments/payment-words";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import { formatDate } from "@/lib/format";
import type { PaymentView } from "@/lib/schemas/payments";

/** One payment in the list: who, how much, when (or its schedule) and its state; the whole row opens its page. */
export function PaymentRow({ view }: { view: PaymentView }) {
  const when = view.schedule
    ? scheduleWords(view.amount, view.schedule)
    : view.executionDate
      ? `${KIND_LABELS[view.kind]}: ${formatDate(view.executionDate)}`
      : formatDate(view.createdAt);
  return (
    <li>
      <Link
        href={`/payments/${encodeURIComponent(view.id)}`}
        className="flex items-center gap-3 px-4 py-3.5 transition-colors hover:bg-surface-muted sm:px-5"
      >
        <Logo src={view.provider?.logoUrl ?? null} name={view.provider?.name ?? view.recipient.name} size="sm" />
        <span className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span className="truncate font-medium text-text">{view.recipient.name}</span>
          <span className="text-sm text-text-muted">
            {view.reference} · {when}
          </span>
        </span>
        <span className="flex shrink-0 flex-col items-end gap-1">
          <MoneyAmount amount={view.amount} className="font-medium text-text" />
          <PaymentStateChip view={view} />
        </span>
        <Icon of={ChevronRight} className="size-4 shrink-0 text-text-muted" aria-hidden />
      </Link>
    </li>
  );
}
