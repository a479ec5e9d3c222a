/**
 * The customers that exist in the stand-in from its first start, already connected to their banks. Their ids,
 * secrets and idempotent identifiers are fixed (dummy sandbox values): the app links its demo users to them by
 * idempotent identifier, and the README lists them. Their data comes from profiles/<name>.ts.
 */
import type { DemoCustomer } from "./world";

/**
 * Alex Morgan, London: the everyday demo customer. NatWest Sandbox current account (salary, rent, bills,
 * debit-card spending), Barclays Sandbox savings account (monthly standing order, interest), Monzo Sandbox
 * credit card (shopping, eating out, subscriptions; paid in full by direct debit each month).
 */
export const DEMO_CUSTOMER: DemoCustomer = {
  customerId: "27266779-2ac3-4a56-aec8-d2474a8e19f1",
  customerSecret: "9f5a9d6eac79745298596e0641726980",
  idempotentIdentifier: "c9f3331f-8f9c-4c13-a61a-0925a486250a",
  label: "Demo (everyday)",
  createdAt: "2023-06-01T09:00:00Z",
  providers: ["Natwest_Sandbox", "Barclays_Sandbox", "Monzo_Sandbox"],
  // One consent to reconfirm soon, one already expired: what consent health looks like in real life.
  consentExpiresInDays: { Barclays_Sandbox: 5, Monzo_Sandbox: -3 },
};

/**
 * Priya Shah, London with a Dutch client: Barclays Sandbox current account (GBP salary and life), Monzo
 * Sandbox euro account (EUR invoices, trips to Paris, Barcelona and Berlin, conversions to pounds) and a
 * NatWest Sandbox savings account.
 */
export const EURO_CUSTOMER: DemoCustomer = {
  customerId: "c6df7219-9e95-4b71-a605-dcc1e4cc57b7",
  customerSecret: "4ba7638cdf0fb638799d2a115a287506",
  idempotentIdentifier: "f0709bef-240b-431f-988d-1f3888f41568",
  label: "Euro (GBP + EUR accounts)",
  createdAt: "2023-06-01T09:05:00Z",
  providers: ["Barclays_Sandbox", "Monzo_Sandbox", "Natwest_Sandbox"],
};

/**
 * Tom and Jess Whitaker, Bristol: a family. NatWest Sandbox joint current account (two salaries, nursery,
 * family groceries, car) and a Barclays Sandbox repayment mortgage (monthly interest and repayments).
 */
export const JOINT_CUSTOMER: DemoCustomer = {
  customerId: "dc6fd14e-a138-42ad-8480-9a99746c449f",
  customerSecret: "d068036369aec3c71c70a8d50fcfbf7c",
  idempotentIdentifier: "fae9306c-f845-4e25-9c97-93dca7c8a486",
  label: "Joint (family with a mortgage)",
  createdAt: "2023-06-01T09:10:00Z",
  providers: ["Natwest_Sandbox", "Barclays_Sandbox"],
};

/**
 * Sam Okafor, Manchester: a sole trader running a coffee cart, ≥ 100,000 transactions over 24 months.
 * NatWest Sandbox business current account (a card-terminal payout per sale, suppliers, HMRC), Monzo Sandbox
 * personal current account (weekly drawings, everyday life) and a Barclays Sandbox savings "tax pot".
 */
export const HEAVY_CUSTOMER: DemoCustomer = {
  customerId: "851d03a6-c53f-419c-958a-068cc308d30d",
  customerSecret: "7d499b110e2e11a4215cb27721f7b2c4",
  idempotentIdentifier: "5df97ad0-0660-4b20-b40c-d2397b7caaef",
  label: "Heavy (100k transactions)",
  createdAt: "2023-06-01T09:15:00Z",
  providers: ["Natwest_Sandbox", "Monzo_Sandbox", "Barclays_Sandbox"],
};

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [DEMO_CUSTOMER, EURO_CUSTOMER, JOINT_CUSTOMER, HEAVY_CUSTOMER];
