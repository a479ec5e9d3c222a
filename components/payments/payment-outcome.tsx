import { CircleCheck, CircleX, Clock } from "lucide";
import Link from "next/link";
import { PaymentFacts } from "@/components/payments/payment-facts";
import { outcomeWords } from "@/components/payments/payment-words";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import type { PaymentView } from "@/lib/schemas/payments";

const ICONS = {
  paid: { icon: CircleCheck, tone: "bg-accent-soft text-accent-soft-text" },
  failed: { icon: CircleX, tone: "bg-negative-soft text-negative" },
  not_completed: { icon: Clock, tone: "bg-surface-muted text-text-muted" },
} as const;

/** A finished payment: paid (with its details), or failed / not completed with "Try again" as a new payment. */
export function PaymentOutcome({ view }: { view: PaymentView }) {
  const state = view.state === "in_progress" ? "not_completed" : view.state;
  const { icon, tone } = ICONS[state];
  const words = outcomeWords(view);
  return (
    <Card className="flex flex-col items-center gap-6 px-6 py-8 text-center sm:px-8">
      <span className={cn("grid size-12 place-items-center rounded-full", tone)}>
        <Icon of={icon} className="size-6" aria-hidden />
      </span>
      <div>
        <h1 className="text-xl font-semibold text-text">{words.title}</h1>
        <p className="mx-auto mt-2 max-w-md text-sm text-text-muted">{words.body}</p>
      </div>
      <div className="w-full">
        <PaymentFacts view={view} />
      </div>
      <div className="flex flex-wrap justify-center gap-3">
        {state !== "paid" && (
          <Link href={`/payments/new?again=${encodeURIComponent(view.id)}`} className={buttonClasses()}>
            Try again
          </Link>
        )}
        {view.goalId && (
          <Link href="/goals" className={buttonClasses({ variant: state === "paid" ? "primary" : "secondary" })}>
            Back to your goals
          </Link>
        )}
        <Link href="/payments" className={buttonClasses({ variant: "secondary" })}>
          All payments
        </Link>
      </div>
    </Card>
  );
}
