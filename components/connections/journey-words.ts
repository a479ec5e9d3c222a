import type { JourneyFailure, JourneyView } from "@/lib/schemas/connect";

/* What the journey pages say, in one place. Browser-safe. */

/** When our progress check itself fails (Bud's task could not be read): the page's error, with Retry. */
export const CHECK_FAILED_TITLE = "We couldn’t check on your bank";

export const bankName = (view: Pick<JourneyView, "provider">) => view.provider?.name ?? "your bank";

/** Bud's step 1–4 as the customer reads it. */
export function stepText(view: JourneyView): string {
  const bank = bankName(view);
  if (view.purpose === "reconfirm") return `Renewing your access to ${bank}…`;
  switch (view.step) {
    case 2:
      return `Fetching your accounts from ${bank}…`;
    case 3:
      return `Fetching your balances and transactions from ${bank}…`;
    case 4:
      return "Finishing up…";
    default:
      return `Getting access to ${bank}…`;
  }
}

export const JOURNEY_STEPS = ["Access granted by your bank", "Your accounts", "Balances and transactions"] as const;

export function failureWords(failure: JourneyFailure, bank: string): { title: string; body: string } {
  switch (failure) {
    case "denied":
      return {
        title: `You didn’t give access to ${bank}`,
        body: `You chose not to share your data on ${bank}’s screen, so nothing was connected. You can try again whenever you’re ready.`,
      };
    case "cancelled":
      return {
        title: `Connecting ${bank} was cancelled`,
        body: "You left before finishing, so nothing was connected. Your bank hasn’t shared anything with us.",
      };
    case "maintenance":
      return {
        title: `${capitalise(bank)} is down for maintenance`,
        body: "The bank is doing planned maintenance and can’t be connected right now. Please try again later today.",
      };
    case "expired":
      return {
        title: "This connection timed out",
        body: "Connecting a bank has to be finished within 30 minutes, and this one wasn’t. Nothing was connected.",
      };
    case "not_completed":
      return {
        title: "The connection wasn’t completed",
        body: `We didn’t receive your accounts from ${bank}, so nothing was connected.`,
      };
    case "provider_error":
      return {
        title: `${capitalise(bank)} ran into a problem`,
        body: "Something went wrong at the bank’s end while we were fetching your data. Nothing was connected; please try again in a few minutes.",
      };
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
