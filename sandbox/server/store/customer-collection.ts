/**
 * A collection of things a customer owns (spending budgets, savings goals): every read and write names the
 * customer, so one customer's id never finds another's record, as with Bud.
 */
import type { SandboxState } from "./state";
import type { Store } from "./store";

type CollectionKey = "spending_budgets" | "savings_goals";
type Item<K extends CollectionKey> = SandboxState[K][string];

export class CustomerCollection<K extends CollectionKey> {
  constructor(
    private readonly store: Store,
    private readonly key: K,
  ) {}

  private get items(): Record<string, Item<K>> {
    return this.store.state[this.key] as Record<string, Item<K>>;
  }

  /** Oldest first, as Bud lists them. */
  list(customerId: string): Item<K>[] {
    return Object.values(this.items)
      .filter((item) => item.customer_id === customerId)
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  }

  get(customerId: string, id: string): Item<K> | undefined {
    const item = this.items[id];
    return item?.customer_id === customerId ? item : undefined;
  }

  /** Inserts or replaces. */
  put(item: Item<K>): Item<K> {
    this.items[item.id] = item;
    this.store.changed();
    return item;
  }

  remove(customerId: string, id: string): boolean {
    if (!this.get(customerId, id)) return false;
    delete this.items[id];
    this.store.changed();
    return true;
  }

  /** How many were removed. */
  removeAll(customerId: string): number {
    const owned = this.list(customerId);
    for (const item of owned) delete this.items[item.id];
    if (owned.length > 0) this.store.changed();
    return owned.length;
  }
}
