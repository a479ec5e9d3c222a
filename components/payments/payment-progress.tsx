import { LoaderCircle } from "lucide";
import { bankName } from "@/components/payments/payment-words";
import { PaymentFacts } from "@/components/payments/payment-facts";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import { formatMoney } from "@/lib/format";
import type { PaymentView } from "@/lib/schemas/payments";

/** While the bank confirms: what is happening, announced politely as it changes, and what was asked for. */
export function PaymentProgress({ view }: { view: PaymentView }) {
  const bank = bankName(view);
  return (
    <Card className="flex flex-col gap-6 px-6 py-8 sm:px-8">
      <div className="flex items-center gap-4">
        {view.provider ? <Logo src={view.provider.logoUrl} name={view.provider.name} /> : <Icon of={LoaderCircle} className="size-10 animate-spin text-accent" aria-hidden />}
        <div className="min-w-0">
          <h1 className="text-xl font-semibold text-text">Paying {formatMoney(view.amount)}</h1>
          <p className="mt-1 flex items-center gap-2 text-sm text-text-muted" role="status" aria-live="polite">
            <Icon of={LoaderCircle} className="size-4 shrink-0 animate-spin motion-reduce:animate-none" aria-hidden />
            Waiting for {bank} to confirm…
          </p>
        </div>
      </div>
      <PaymentFacts view={view} />
      <p className="text-sm text-text-muted">You can leave this page: the payment carries on, and Payments shows how it ends.</p>
    </Card>
  );
}
