import type { PaymentKind, StandingOrderFrequency } from "@/lib/schemas/payments";

/*
 * The names of a payment's kinds and frequencies, apart from the sentences of payment-words.ts: the form's first
 * view needs only these (its review's words load with the review). Browser-safe.
 */

export const FREQUENCY_LABELS: Record<StandingOrderFrequency, string> = {
  daily: "Daily",
  weekly: "Weekly",
  fortnightly: "Every two weeks",
  monthly: "Monthly",
  quarterly: "Every three months",
  semiannually: "Every six months",
  yearly: "Yearly",
};

export const KIND_LABELS: Record<PaymentKind, string> = {
  single: "Now",
  scheduled: "On a date",
  standing_order: "Standing order",
};
