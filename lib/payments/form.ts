import { businessDaysAhead, businessDaysBetween, isBusinessDay } from "@/lib/calendar/business-days";
import { formatDate, formatMoney } from "@/lib/format";
import type { Money } from "@/lib/money";
import { parseMoneyInput } from "@/lib/money-input";
import { normaliseIban, validIban } from "@/lib/payments/iban";
import type { PaymentFields as Fields } from "@/lib/payments/form-fields";
import { lastPaymentDate, PAYMENT_COUNT_MAX, PAYMENT_COUNT_MIN } from "@/lib/payments/schedule";
import { isIsoDate, shiftDays, type IsoDate } from "@/lib/periods";
import { MAX_PAYMENT_MINOR, REFERENCE_MAX } from "@/lib/payments/rules";
import type { PaymentFormInput, PaymentKind, PaymentProvider, StandingOrderFrequency } from "@/lib/schemas/payments";

/*
 * Every check of the payment form, in one place for the form (before its review) and the route (before anything is
 * recorded): browser-safe, pure and free of zod (the form's page loads it), with messages keyed by the form's field
 * names. The route adds what only the server knows (the providers list, the user's own accounts) through the
 * context; the form passes the banks list it shows.
 */

/** Standing orders: Bud (and the stand-in) want the first payment at least this many business days ahead. */
export const STANDING_ORDER_LEAD_BUSINESS_DAYS = 3;

/** One rule of ours for every kind of payment: what UK Faster Payments references reliably carry. */
const REFERENCE = /^[A-Za-z0-9 \-./&]+$/;
const SORT_CODE = /^\d{2}[- ]?\d{2}[- ]?\d{2}$/;
const ACCOUNT_NUMBER = /^\d{8}$/;
const NAME_MAX = 70;
/** Own account and goal ids: Bud's opaque ids, bounded as routes bound them. */
const OPAQUE_ID = /^[\w.\-~]{1,128}$/;

export type PaymentRecipientDetails =
  | { type: "sort_code"; name: string; sortCode: string; accountNumber: string }
  | { type: "iban"; name: string; iban: string }
  | { type: "own_account"; accountId: string };

export interface PaymentSchedule {
  frequency: StandingOrderFrequency;
  firstPaymentDate: IsoDate;
  /** Null: until cancelled with the bank. */
  lastPaymentDate: IsoDate | null;
  /** When the user gave a number of payments rather than an end date. */
  paymentCount: number | null;
}

/** A validated payment, normalised (sort code digits only, IBAN upper case without spaces, reference trimmed). */
export interface PaymentDetails {
  kind: PaymentKind;
  provider: string;
  amount: Money;
  reference: string;
  recipient: PaymentRecipientDetails;
  /** Scheduled payments only. */
  executionDate: IsoDate | null;
  /** Standing orders only. */
  schedule: PaymentSchedule | null;
  goalId: string | null;
}

export interface PaymentFormContext {
  /** London's today, for the date rules. */
  today: IsoDate;
  /** The paying banks, when known: an unknown or in-maintenance bank, or one that cannot make this payment, is refused. */
  providers?: readonly PaymentProvider[];
}

export type PaymentFieldErrors = Partial<Record<keyof PaymentFormInput, string>>;

export type PaymentFormResult = { ok: true; details: PaymentDetails } | { ok: false; fields: PaymentFieldErrors };

/** The earliest day each dated kind can start on, for the form's date pickers (`min`). */
export function earliestDates(today: IsoDate): { executionDate: IsoDate; firstPaymentDate: IsoDate } {
  return { executionDate: shiftDays(today, 1), firstPaymentDate: businessDaysAhead(today, STANDING_ORDER_LEAD_BUSINESS_DAYS) };
}

function checkAmount(fields: Fields, errors: PaymentFieldErrors): Money | null {
  const parsed = parseMoneyInput(fields.amount, fields.currency);
  if (!parsed.ok) {
    errors.amount = parsed.message;
    return null;
  }
  if (parsed.money.minor <= 0) errors.amount = "Enter an amount above zero.";
  else if (parsed.money.minor > MAX_PAYMENT_MINOR) {
    errors.amount = `The most you can pay at once is ${formatMoney({ minor: MAX_PAYMENT_MINOR, currency: fields.currency })}.`;
  }
  return errors.amount ? null : parsed.money;
}

function checkReference(fields: Fields, errors: PaymentFieldErrors): string {
  const reference = fields.reference.trim();
  if (reference === "") errors.reference = "Enter a reference for the payee.";
  else if (reference.length > REFERENCE_MAX) errors.reference = `Use at most ${REFERENCE_MAX} characters.`;
  else if (!REFERENCE.test(reference)) errors.reference = "Use only letters, numbers, spaces and - . / &.";
  return reference;
}

function checkName(fields: Fields, errors: PaymentFieldErrors): string {
  const name = fields.recipientName.trim();
  if (name === "") errors.recipientName = "Enter the name on the payee’s account.";
  else if (name.length > NAME_MAX) errors.recipientName = `Use at most ${NAME_MAX} characters.`;
  return name;
}

function checkRecipient(fields: Fields, errors: PaymentFieldErrors): PaymentRecipientDetails | null {
  switch (fields.recipientType) {
    case "sort_code": {
      const name = checkName(fields, errors);
      const sortCode = fields.sortCode.trim();
      const accountNumber = fields.accountNumber.replace(/\s+/g, "");
      if (!SORT_CODE.test(sortCode)) errors.sortCode = "Enter a 6-digit sort code, like 12-34-56.";
      if (!ACCOUNT_NUMBER.test(accountNumber)) errors.accountNumber = "Enter an 8-digit account number.";
      if (fields.currency !== "GBP") errors.currency = "Payments by sort code and account number are in pounds.";
      return { type: "sort_code", name, sortCode: sortCode.replace(/\D/g, ""), accountNumber };
    }
    case "iban": {
      const name = checkName(fields, errors);
      const iban = normaliseIban(fields.iban);
      if (iban === "") errors.iban = "Enter the payee’s IBAN.";
      else if (!validIban(iban)) errors.iban = "This IBAN isn’t valid. Check it against the one the payee gave you.";
      if (fields.currency !== "EUR") errors.currency = "Payments by IBAN are in euros.";
      return { type: "iban", name, iban };
    }
    case "own_account": {
      if (!OPAQUE_ID.test(fields.toAccountId)) errors.toAccountId = "Choose the account to pay into.";
      return { type: "own_account", accountId: fields.toAccountId };
    }
  }
}

function checkProvider(fields: Fields, providers: readonly PaymentProvider[] | undefined, errors: PaymentFieldErrors): void {
  if (!providers) return;
  const bank = providers.find((candidate) => candidate.provider.id === fields.provider);
  if (!bank) errors.provider = "Choose a bank from the list.";
  else if (bank.maintenance) errors.provider = `${bank.provider.name} is down for maintenance. Choose another bank or try later.`;
  else if (!bank.kinds.includes(fields.kind)) errors.provider = `${bank.provider.name} can’t make this kind of payment.`;
  else if (!bank.currencies.includes(fields.currency)) errors.provider = `${bank.provider.name} can’t pay in ${fields.currency === "EUR" ? "euros" : "pounds"}.`;
}

function checkScheduled(fields: Fields, today: IsoDate, errors: PaymentFieldErrors): IsoDate | null {
  const date = fields.executionDate;
  if (!isIsoDate(date)) errors.executionDate = "Enter the date to pay on.";
  else if (date <= today) errors.executionDate = "Choose a date after today.";
  return errors.executionDate ? null : date;
}

function checkSchedule(fields: Fields, today: IsoDate, errors: PaymentFieldErrors): PaymentSchedule | null {
  if (!fields.frequency) errors.frequency = "Choose how often to pay.";
  const first = fields.firstPaymentDate;
  if (!isIsoDate(first)) errors.firstPaymentDate = "Enter the date of the first payment.";
  else if (!isBusinessDay(first)) errors.firstPaymentDate = "Choose a working day (not a weekend or bank holiday).";
  else if (businessDaysBetween(today, first) < STANDING_ORDER_LEAD_BUSINESS_DAYS) {
    errors.firstPaymentDate = `Choose ${formatDate(earliestDates(today).firstPaymentDate)} or later: banks need ${STANDING_ORDER_LEAD_BUSINESS_DAYS} working days to set it up.`;
  }
  let last: IsoDate | null = null;
  let count: number | null = null;
  if (fields.end === "on_date") {
    if (!isIsoDate(fields.lastPaymentDate)) errors.lastPaymentDate = "Enter the date of the last payment.";
    else if (!errors.firstPaymentDate && fields.lastPaymentDate <= first) errors.lastPaymentDate = "Choose a date after the first payment.";
    last = fields.lastPaymentDate;
  } else if (fields.end === "after_count") {
    const text = fields.paymentCount.trim();
    count = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (!(count >= PAYMENT_COUNT_MIN && count <= PAYMENT_COUNT_MAX)) {
      errors.paymentCount = `Enter a number of payments from ${PAYMENT_COUNT_MIN} to ${PAYMENT_COUNT_MAX}.`;
    }
  }
  if (!fields.frequency || errors.firstPaymentDate || errors.lastPaymentDate || errors.paymentCount) return null;
  if (count !== null) last = lastPaymentDate(first, fields.frequency, count);
  return { frequency: fields.frequency, firstPaymentDate: first, lastPaymentDate: last, paymentCount: count };
}

/** Every rule at once, so the form shows every problem in one go. */
export function checkPaymentForm(fields: Fields, context: PaymentFormContext): PaymentFormResult {
  const errors: PaymentFieldErrors = {};
  const amount = checkAmount(fields, errors);
  const reference = checkReference(fields, errors);
  const recipient = checkRecipient(fields, errors);
  checkProvider(fields, context.providers, errors);
  const executionDate = fields.kind === "scheduled" ? checkScheduled(fields, context.today, errors) : null;
  const schedule = fields.kind === "standing_order" ? checkSchedule(fields, context.today, errors) : null;
  if (fields.goalId !== "" && !OPAQUE_ID.test(fields.goalId)) errors.goalId = "This goal link isn’t valid.";
  if (Object.keys(errors).length > 0 || !amount || !recipient) return { ok: false, fields: errors };
  const goalId = fields.goalId === "" ? null : fields.goalId;
  return { ok: true, details: { kind: fields.kind, provider: fields.provider, amount, reference, recipient, executionDate, schedule, goalId } };
}
