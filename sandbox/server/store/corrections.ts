/**
 * Customers' category corrections, kept in the order they were made. The world applies them on every read of
 * the customer's data (routes/customer-data.ts), so no reader needs to know they exist.
 */
import { randomUUID } from "node:crypto";
import type { CategoryCorrection } from "../../data/world";
import type { SandboxClock } from "../clock";
import type { StoredCategoryCorrection } from "./state";
import type { Store } from "./store";

export type NewCorrection = Omit<StoredCategoryCorrection, "id" | "customer_id" | "created_at">;

export class CorrectionRepository {
  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
  ) {}

  add(customerId: string, corrections: readonly NewCorrection[]): void {
    const created_at = new Date(this.clock.now()).toISOString();
    for (const correction of corrections) {
      const id = randomUUID();
      this.store.state.category_corrections[id] = { id, customer_id: customerId, created_at, ...correction };
    }
    this.store.changed();
  }

  /** Oldest first (insertion order), in the world's terms. */
  of(customerId: string): CategoryCorrection[] {
    return Object.values(this.store.state.category_corrections)
      .filter((stored) => stored.customer_id === customerId)
      .map((stored) => ({
        transactionId: stored.transaction_id,
        l1: stored.category_l1,
        l2: stored.category_l2,
        ...(stored.similar_key !== undefined && { similarKey: stored.similar_key }),
      }));
  }
}
