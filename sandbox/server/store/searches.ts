/**
 * Transaction searches (GET /search/beta/transactions) live in memory for a minute on the stand-in clock, as
 * Bud's are transient: GET /search/beta/transactions/{search_id} finds one only for the client and customer
 * that made it, and only until it expires. A restart forgets them, which is what expiry means anyway.
 */
import { randomUUID } from "node:crypto";
import type { SearchQuery } from "../../data/world";
import type { SandboxClock } from "../clock";

/** Bud's example `expires_in`. */
export const SEARCH_TTL_SECONDS = 60;

export interface StoredSearch {
  id: string;
  client_id: string;
  customer_id: string;
  query: SearchQuery;
  /** `metadata.query` as first answered. */
  echo: Record<string, unknown>;
  suggestions: { filter: { type: string; value: string; logo: string }; url: string }[];
  /** Epoch ms on the stand-in clock. */
  expires_at: number;
}

export class SearchRegistry {
  private readonly searches = new Map<string, StoredSearch>();

  constructor(private readonly clock: SandboxClock) {}

  create(search: Omit<StoredSearch, "id" | "expires_at">): StoredSearch {
    const now = this.clock.now();
    for (const [id, stored] of this.searches) if (stored.expires_at <= now) this.searches.delete(id);
    const stored = { ...search, id: randomUUID(), expires_at: now + SEARCH_TTL_SECONDS * 1000 };
    this.searches.set(stored.id, stored);
    return stored;
  }

  /** The caller's own unexpired search, or undefined. */
  get(clientId: string, customerId: string, id: string): StoredSearch | undefined {
    const stored = this.searches.get(id);
    if (!stored || stored.client_id !== clientId || stored.customer_id !== customerId) return undefined;
    if (stored.expires_at <= this.clock.now()) {
      this.searches.delete(id);
      return undefined;
    }
    return stored;
  }

  /** Whole seconds left, at least 1 while it exists. */
  expiresIn(search: StoredSearch): number {
    return Math.max(1, Math.ceil((search.expires_at - this.clock.now()) / 1000));
  }
}
