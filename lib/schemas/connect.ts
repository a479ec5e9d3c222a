import { z } from "zod";
import { Provider } from "@/lib/domain";
import { ProviderId } from "@/lib/schemas/provider-id";

/*
 * Bud Connect as our API speaks it: the start form, a journey's progress, and why a journey failed. Browser-safe:
 * the routes parse with these, the progress page checks what it polls against them, the forms post them.
 */

/** The "Connect a bank" / "Try again" / "Reconfirm" form (a plain <form method="post">). */
export const StartConnectForm = z.object({
  provider: z.optional(ProviderId).or(z.literal("").transform(() => undefined)),
  purpose: z.enum(["connect", "reconfirm"]).default("connect"),
});
export type StartConnectForm = z.output<typeof StartConnectForm>;

/** Why a journey failed, each with its own words on the failure page. */
export const JourneyFailure = z.enum(["denied", "cancelled", "maintenance", "provider_error", "expired", "not_completed"]);
export type JourneyFailure = z.infer<typeof JourneyFailure>;

export const JourneyView = z.object({
  id: z.uuid(),
  purpose: z.enum(["connect", "reconfirm"]),
  status: z.enum(["pending", "completed", "failed"]),
  /** Known once chosen (before leaving, or on Bud's hosted page). */
  provider: Provider.nullable(),
  /** Bud's step 1–4 while pending, when known. */
  step: z.number().int().min(1).max(4).nullable(),
  failure: JourneyFailure.nullable(),
  /** How soon to ask again while pending (ms). */
  pollAfterMs: z.number().int().positive(),
});
export type JourneyView = z.infer<typeof JourneyView>;

/** Why a callback's link was refused (the link-problem page's words). */
export const LinkProblem = z.enum(["used", "expired", "invalid"]);
export type LinkProblem = z.infer<typeof LinkProblem>;

/** A consent's health as the customer reads it: Bud has no "expired" status, so it is derived from the expiry date. */
export const ConsentHealth = z.enum(["active", "expiring", "expired", "revoked"]);
export type ConsentHealth = z.infer<typeof ConsentHealth>;

/** One connected bank: its consent, the accounts it covers, and how fresh its data is. */
export const Connection = z.object({
  consentId: z.string(),
  provider: Provider,
  health: ConsentHealth,
  /** ISO date-time. */
  expiresAt: z.string(),
  /** Whole days until expiry (0 once expired). */
  daysLeft: z.number().int().min(0),
  lastSyncedAt: z.string().nullable(),
  accounts: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Connection = z.infer<typeof Connection>;

export interface RefreshStarted {
  taskId: string;
}

export interface RefreshProgress {
  status: "pending" | "completed" | "failed";
  /** Counted once completed (a count, never negative). */
  newTransactions: number | null;
  reconnectRequired: boolean;
}

export interface ReconfirmResult {
  extended: boolean;
}
