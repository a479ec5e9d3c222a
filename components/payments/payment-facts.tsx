import { FactList } from "@/components/payments/fact-list";
import { recipientLine, scheduleWords } from "@/components/payments/payment-words";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import type { PaymentView } from "@/lib/schemas/payments";

/** A payment's details: amount or schedule, recipient, reference, dates, bank. */
export function PaymentFacts({ view }: { view: PaymentView }) {
  const facts: [string, string][] = [
    view.schedule ? ["Schedule", scheduleWords(view.amount, view.schedule)] : ["Amount", formatMoney(view.amount)],
    ["To", recipientLine(view)],
    ["Reference", view.reference],
  ];
  if (view.executionDate) facts.push(["Payment date", formatDate(view.executionDate)]);
  facts.push(["From", view.provider?.name ?? "Your bank"], ["Started", formatDateTime(view.createdAt)]);
  if (view.finishedAt) facts.push([finishedLabel(view), formatDateTime(view.finishedAt)]);
  return <FactList facts={facts} />;
}

/** A standing order that is paid has only been set up: its payments go on after this. */
function finishedLabel(view: PaymentView): string {
  if (view.state !== "paid") return "Ended";
  return view.kind === "standing_order" ? "Set up" : "Completed";
}
