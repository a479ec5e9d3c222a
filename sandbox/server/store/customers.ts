/**
 * Customers and their deletion tasks. Every lookup is scoped to the API client that created the customer: to
 * any other client it does not exist. Deletion is asynchronous as in Bud: the customer stays until its task's
 * deadline on the stand-in clock passes, and deadlines are settled lazily on the next access (no timers to leak
 * or persist), so moving the clock forward completes them too.
 */
import { randomUUID } from "node:crypto";
import type { DemoCustomer } from "../../data/world";
import type { SandboxClock } from "../clock";
import { isoSeconds } from "../http/dates";
import { hashSecret, randomHex, verifySecret } from "../secrets";
import type { CustomerContext, DeletionTask, StoredCustomer } from "./state";
import type { Store } from "./store";

/** How long Remove Customer V3 stays Pending. */
const DELETION_DELAY_MS = 200;

/** Context for customers created without one: the values in every example of Bud's spec. */
const DEFAULT_CONTEXT: CustomerContext = {
  type: "personal",
  region: "GB",
  locale: "en-GB",
  models: { categorisation: "uk-v2" },
};

interface NewCustomer {
  clientId: string;
  context?: CustomerContext;
  idempotentIdentifier?: string;
  secretHosted: boolean;
}

export class CustomerRepository {
  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
  ) {}

  /** The state after removing customers whose deletion deadline has passed. */
  private settled() {
    this.settleDeletions();
    return this.store.state;
  }

  /** Creates a customer; the plain secret is returned once and only its hash is kept. */
  create(input: NewCustomer): { customer: StoredCustomer; secret: string } {
    const secret = randomHex(16);
    const customer = this.insert(input, randomUUID(), secret, new Date(this.clock.now()));
    return { customer, secret };
  }

  get(clientId: string, customerId: string): StoredCustomer | undefined {
    const customer = this.settled().customers[customerId];
    return customer?.client_id === clientId ? customer : undefined;
  }

  findByIdempotentIdentifier(clientId: string, identifier: string): StoredCustomer | undefined {
    return Object.values(this.settled().customers).find(
      (customer) => customer.client_id === clientId && customer.idempotent_identifier === identifier,
    );
  }

  /** The client's customers ordered by id, as Bud lists them. */
  list(clientId: string): StoredCustomer[] {
    return Object.values(this.settled().customers)
      .filter((customer) => customer.client_id === clientId)
      .sort((a, b) => (a.customer_id < b.customer_id ? -1 : a.customer_id > b.customer_id ? 1 : 0));
  }

  verifySecret(customer: StoredCustomer, secret: string): boolean {
    return verifySecret(secret, customer.secret);
  }

  setContext(customer: StoredCustomer, context: CustomerContext): void {
    customer.context = context;
    this.store.changed();
  }

  /** Removes the customer and, as Bud deletes a customer's data with it, its connections. */
  remove(customerId: string): void {
    const { customers, connections } = this.store.state;
    delete customers[customerId];
    for (const [consentId, connection] of Object.entries(connections)) if (connection.customer_id === customerId) delete connections[consentId];
    this.store.changed();
  }

  /** Starts (or, when one is already running, returns) the asynchronous deletion of a customer. */
  requestDeletion(customer: StoredCustomer): DeletionTask {
    const tasks = this.settled().deletion_tasks;
    const running = Object.values(tasks).find((task) => task.customer_id === customer.customer_id);
    if (running) return running;
    const task: DeletionTask = {
      task_id: randomUUID(),
      customer_id: customer.customer_id,
      client_id: customer.client_id,
      completes_at: this.clock.now() + DELETION_DELAY_MS,
    };
    tasks[task.task_id] = task;
    this.store.changed();
    return task;
  }

  deletionTask(clientId: string, customerId: string, taskId: string): DeletionTask | undefined {
    const task = this.settled().deletion_tasks[taskId];
    return task?.client_id === clientId && task.customer_id === customerId ? task : undefined;
  }

  /** Creates the world's demo customers under `clientId`, once per state (a deleted one stays deleted). */
  seedDemoCustomers(demoCustomers: DemoCustomer[], clientId: string, secretHosted: boolean): void {
    if (this.store.state.demo_customers_seeded) return;
    for (const demo of demoCustomers) {
      const input = { clientId, idempotentIdentifier: demo.idempotentIdentifier, secretHosted };
      this.insert(input, demo.customerId, demo.customerSecret, new Date(demo.createdAt));
    }
    this.store.state.demo_customers_seeded = true;
    this.store.changed();
  }

  private insert(input: NewCustomer, customerId: string, secret: string, createdAt: Date): StoredCustomer {
    const customer: StoredCustomer = {
      customer_id: customerId,
      client_id: input.clientId,
      created_at: isoSeconds(createdAt),
      ...(input.idempotentIdentifier !== undefined && { idempotent_identifier: input.idempotentIdentifier }),
      context: { ...DEFAULT_CONTEXT, ...input.context },
      secret_hosted: input.secretHosted,
      secret: hashSecret(secret),
    };
    this.store.state.customers[customerId] = customer;
    this.store.changed();
    return customer;
  }

  private settleDeletions(): void {
    const { customers, deletion_tasks } = this.store.state;
    const now = this.clock.now();
    for (const task of Object.values(deletion_tasks)) {
      if (task.completes_at <= now && customers[task.customer_id]) this.remove(task.customer_id);
    }
  }
}
