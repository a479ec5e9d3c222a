import type { JourneyFailure } from "@/lib/schemas/connect";

/*
 * Bud's ConnectResultCodes (and our own codes for journeys that never reached a task) → the few reasons the
 * failure page words differently. Browser-safe and pure.
 */

/** Our codes, recorded when no connect task could tell us: Bud refused the URL, or the customer never came back. */
export const OWN_RESULT = { maintenance: "provider_maintenance", unavailable: "bud_unavailable", notCompleted: "not_completed" } as const;

const BY_RESULT: Record<string, JourneyFailure> = {
  auth_denied: "denied",
  // The customer left the bank's screens without deciding, or let the authorisation lapse.
  auth_cancelled: "cancelled",
  cancelled: "cancelled",
  awaiting_authorisation: "cancelled",
  auth_expired: "cancelled",
  provider_maintenance: "maintenance",
  not_completed: "not_completed",
};

export function failureOf(result: string | null): JourneyFailure {
  return (result && BY_RESULT[result]) || "provider_error";
}
