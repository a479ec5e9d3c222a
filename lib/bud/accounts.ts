import "server-only";
import { z } from "zod";
import { parseWire, toMoney, WireAmount, WireDirection } from "@/lib/bud/wire";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import type { Account, AccountKind } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";

const WireBalance = z.object({ date: z.string(), amount: WireAmount, credit_debit_indicator: WireDirection });

const WireAccount = z.object({
  account_id: z.string().min(1),
  currency: z.string(),
  suggested_name: z.string(),
  account_name: z.string().nullish(),
  account_type: z.string().nullish(),
  account_category: z.string().nullish(),
  status: z.string().nullish(),
  provider: z.string().nullish(),
  provider_display_name: z.string().nullish(),
  provider_logo: z.string().nullish(),
  holders: z.array(z.object({ name: z.string().nullish() })).nullish(),
  identifiers: z
    .object({
      uk_sort_code: z.string().nullish(),
      uk_account_number: z.string().nullish(),
      iban: z.string().nullish(),
      pan: z.string().nullish(),
    })
    .nullish(),
  balances: z.object({ booked: WireBalance.nullish(), pending: WireBalance.nullish() }).nullish(),
  credit_lines: z.object({ limit: z.object({ amount: WireAmount }).nullish() }).nullish(),
});

const LIST = "GET /financial/v3/accounts";
const ONE = "GET /financial/v3/accounts/{account_id}";

export async function listAccounts(customer: BudCustomer, bud: BudClient = getBudClient()): Promise<Account[]> {
  const { data } = await bud.api.GET("/financial/v3/accounts", { params: { header: bud.customerHeaders(customer) } });
  const { data: accounts } = parseWire(z.object({ data: z.array(WireAccount) }), data, LIST);
  return accounts.map((account) => toAccount(account, LIST));
}

/** Bud answers an account that is not this customer's with a 404, or a 400 whose code names it not found. */
const NOT_FOUND_CODES = new Set(["account_not_found", "resource_not_found"]);

/** One account; NotFoundError when Bud says the customer has no such account (unknown, or someone else's). */
export async function getAccount(
  customer: BudCustomer,
  accountId: string,
  bud: BudClient = getBudClient(),
): Promise<Account> {
  return toAccount(await fetchAccount(customer, accountId, bud), ONE);
}

/** What paying into one of the customer's own accounts needs: its full identifiers (server only, never shown). */
export interface AccountPayee {
  name: string;
  currency: string;
  sortCode: string | null;
  accountNumber: string | null;
  iban: string | null;
}

export async function getAccountPayee(customer: BudCustomer, accountId: string, bud: BudClient = getBudClient()): Promise<AccountPayee> {
  const wire = await fetchAccount(customer, accountId, bud);
  const ids = wire.identifiers;
  return {
    name: wire.account_name || wire.suggested_name,
    currency: wire.currency,
    sortCode: ids?.uk_sort_code?.replace(/\D/g, "") || null,
    accountNumber: ids?.uk_account_number?.replace(/\D/g, "") || null,
    iban: ids?.iban?.replace(/\s/g, "").toUpperCase() || null,
  };
}

async function fetchAccount(customer: BudCustomer, accountId: string, bud: BudClient): Promise<z.infer<typeof WireAccount>> {
  try {
    const { data } = await bud.api.GET("/financial/v3/accounts/{account_id}", {
      params: { header: bud.customerHeaders(customer), path: { account_id: accountId } },
    });
    return parseWire(z.object({ data: WireAccount }), data, ONE).data;
  } catch (error) {
    if (error instanceof BudError && (error.kind === "not_found" || NOT_FOUND_CODES.has(error.codeId ?? ""))) {
      throw new NotFoundError("Account");
    }
    throw error;
  }
}

const KINDS: Record<string, AccountKind> = {
  current_account: "current",
  checking_account: "current",
  e_money: "current",
  savings: "savings",
  money_market: "savings",
  certificate_of_deposit: "savings",
  credit_card: "credit_card",
  charge_card: "credit_card",
  mortgage: "mortgage",
  loan: "loan",
  personal_loan: "loan",
  auto_loan: "loan",
  student_loan: "loan",
  business_loan: "loan",
  line_of_credit: "loan",
  investment: "investment",
  brokerage: "investment",
  ira: "investment",
  roth: "investment",
};

const LIABILITY_KINDS = new Set<AccountKind>(["credit_card", "loan", "mortgage"]);

function lastDigits(value: string | null | undefined): string | null {
  const digits = value?.replace(/\D/g, "") ?? "";
  return digits.length >= 4 ? digits.slice(-4) : null;
}

function toAccount(wire: z.infer<typeof WireAccount>, operation: string): Account {
  const kind = KINDS[wire.account_type ?? ""] ?? "other";
  const booked = wire.balances?.booked;
  const pending = wire.balances?.pending;
  const limit = wire.credit_lines?.limit;
  const ids = wire.identifiers;
  return {
    id: wire.account_id,
    name: wire.account_name || wire.suggested_name,
    kind,
    type: wire.account_type ?? null,
    currency: wire.currency,
    provider: {
      id: wire.provider ?? "unknown",
      name: wire.provider_display_name || wire.provider || "Unknown bank",
      logoUrl: wire.provider_logo || null,
    },
    holderName: wire.holders?.[0]?.name ?? null,
    identifiers: {
      sortCode: ids?.uk_sort_code?.replace(/\D/g, "") || null,
      accountNumberLast4: lastDigits(ids?.uk_account_number),
      ibanLast4: ids?.iban ? ids.iban.replace(/\s/g, "").slice(-4) : null,
      panLast4: lastDigits(ids?.pan),
    },
    booked: booked ? toMoney(booked.amount, booked.credit_debit_indicator, operation) : null,
    pending: pending ? toMoney(pending.amount, pending.credit_debit_indicator, operation) : null,
    creditLimit: limit ? toMoney(limit.amount, "credit", operation) : null,
    balanceDate: booked?.date ?? null,
    isLiability: LIABILITY_KINDS.has(kind) || wire.account_category === "credit" || wire.account_category === "loan",
    isClosed: wire.status === "closed",
  };
}
