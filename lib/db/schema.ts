import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/*
 * Budgie's own data: users, the link from each user to a Bud customer, and sign-in attempts for rate limiting.
 * No `server-only` here: drizzle-kit loads this file on its own to generate migrations.
 */

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored trimmed and lower-cased; the index below also refuses case variants written by any other path. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id, PHC string. */
    passwordHash: text("password_hash").notNull(),
    /** Copied into each session token; bumping it revokes every session of the user. */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("users_email_lower_key").on(sql`lower(${table.email})`)],
);

export const budCustomers = pgTable(
  "bud_customers",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    customerId: text("customer_id").notNull().unique(),
    /** Sealed by lib/crypto/secret-box with the user id as associated data; null when Bud hosts the secret. */
    secretCiphertext: text("secret_ciphertext"),
    /** The key that sealed it, so a rotation can find what is left to re-encrypt. */
    keyId: text("key_id"),
    createdAt: createdAt(),
  },
  (table) => [
    check("bud_customers_secret_has_key", sql`(${table.secretCiphertext} is null) = (${table.keyId} is null)`),
  ],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** A keyed hash of the normalised email: the table never holds the addresses (or passwords typed as one). */
    emailKey: text("email_key").notNull(),
    /** Null when the request carried no usable client address. */
    ip: text("ip"),
    succeeded: boolean("succeeded").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("login_attempts_email_key_created_at_idx").on(table.emailKey, table.createdAt),
    index("login_attempts_ip_created_at_idx").on(table.ip, table.createdAt),
    // Pruning deletes by age.
    index("login_attempts_created_at_idx").on(table.createdAt),
  ],
);

// Settings and forgotten password: reset tokens and the development/demo mail outbox.

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token (hex): the link in the mail is the only copy of the token itself. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Set when the token is spent; a spent token never works again. */
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    index("password_reset_tokens_user_id_idx").on(table.userId),
    // Pruning deletes by age.
    index("password_reset_tokens_expires_at_idx").on(table.expiresAt),
  ],
);

/** Mail kept instead of sent, in development and demo mode without SMTP (lib/mail/outbox), listed at /dev/outbox. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("mail_outbox_created_at_idx").on(table.createdAt)],
);

export type User = typeof users.$inferSelect;

// Bud Connect: journeys in flight, each bank's sync state, webhook deliveries already applied.

/** One trip through Bud Connect: started by a POST, used up by the callback, finished by the task's outcome. */
export const connectJourneys = pgTable(
  "connect_journeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the `state` sent to Bud: the secret itself is never stored. */
    stateHash: text("state_hash").notNull().unique(),
    /** The bank chosen before leaving, when one was. */
    provider: text("provider"),
    /** "connect" or "reconfirm". */
    purpose: text("purpose").notNull().default("connect"),
    /** started → pending (back from Bud, task known) → completed | failed. */
    status: text("status").notNull().default("started"),
    /** Bud's connect task, learned on the callback (or from its webhook). */
    taskId: text("task_id"),
    /** Bud's ConnectResultCode, or ours ("maintenance", "not_completed") for a journey that never reached a task. */
    result: text("result"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** When the callback used the state; a second use is refused. */
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("connect_journeys_user_id_idx").on(table.userId), index("connect_journeys_task_id_idx").on(table.taskId)],
);

/** What we know about each connected bank beyond Bud's consent: when its data was last synced and refresh requests. */
export const bankConnections = pgTable(
  "bank_connections",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    /** The last on-demand refresh asked for: the per-bank rate limit. */
    refreshRequestedAt: timestamp("refresh_requested_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.provider] })],
);

/** Webhook deliveries already applied, by task (or consent) id and status: Bud may deliver one more than once. */
export const webhookDeliveries = pgTable("webhook_deliveries", {
  key: text("key").primaryKey(),
  receivedAt: createdAt(),
});

// Bud Pay: one row per payment the user asked for (lib/payments/intents.ts).

/**
 * A payment intent: recorded before Bud is asked, under the form's idempotency key, so that every submit of one form
 * is one Bud payment. `status` is our side of the journey (starting: one request is asking Bud for the URL;
 * started: Bud gave it; start_failed: Bud refused or failed, and a resubmit may claim it again); `outcome` is the
 * payment's user-facing state once Bud has one (null before Bud made the payment).
 */
export const paymentIntents = pgTable(
  "payment_intents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The UUID the form was made with: the same key from the same user is the same payment. */
    idempotencyKey: uuid("idempotency_key").notNull(),
    /** SHA-256 of the form as posted: a reused key with other details is refused, not paid. */
    detailsHash: text("details_hash").notNull(),
    /** SHA-256 of the `state` sent to Bud in the redirect URL: the secret itself is never stored. */
    stateHash: text("state_hash").notNull().unique(),
    /** single | scheduled | standing_order. */
    kind: text("kind").notNull(),
    provider: text("provider").notNull(),
    /** The validated form (lib/payments/form PaymentDetails), recipient in full, for the pages and "Try again". */
    details: jsonb("details").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    status: text("status").notNull().default("starting"),
    /** Bud's payment id, once Bud made the payment. */
    budPaymentId: text("bud_payment_id").unique(),
    budPayUrl: text("bud_pay_url"),
    /** When the Bud Pay URL stops working (15 minutes after it was issued, as the stand-in's and our state's lifetime). */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** When the callback used the state; a second use is refused. */
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** in_progress | paid | failed | not_completed; null before Bud made the payment. */
    outcome: text("outcome"),
    lastStatusCode: text("last_status_code"),
    lastStatusMessage: text("last_status_message"),
    /** When the outcome became final. */
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** A savings goal this payment tops up, when started from one. */
    goalId: text("goal_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("payment_intents_user_id_idempotency_key_key").on(table.userId, table.idempotencyKey),
    index("payment_intents_user_id_created_at_idx").on(table.userId, table.createdAt),
  ],
);
