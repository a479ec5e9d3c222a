import { stateLabel } from "@/components/payments/payment-words";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PaymentState, PaymentView } from "@/lib/schemas/payments";

const TONES: Record<PaymentState, BadgeTone> = {
  in_progress: "warning",
  paid: "accent",
  failed: "negative",
  not_completed: "neutral",
};

/** One of the four states a user reads (a set-up standing order reads "Set up"). */
export function PaymentStateChip({ view }: { view: Pick<PaymentView, "state" | "kind"> }) {
  return <Badge tone={TONES[view.state]}>{stateLabel(view)}</Badge>;
}
