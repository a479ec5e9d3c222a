/**
 * What a demo customer's profile declares (accounts, kinds of transaction, rules), collected by a builder
 * that also gives each account its seeded identity: a Bud-style opaque id and bank-shaped identifiers.
 */
import type { CategoryL2 } from "./categories";
import { KindTable, plainKind, type BudCode, type Kind, type Tag } from "./kinds";
import { BANKS, type BankInfo, type ProviderId } from "./providers";
import { hashKey, mix } from "./random";
import type { Rule } from "./rules";

export interface AccountSpec {
  /** Stable within the customer: feeds the account id and identifiers. */
  key: string;
  bank: ProviderId;
  /** account_name as the bank calls the product. */
  name: string;
  type: keyof typeof CATEGORY_OF_TYPE;
  category: (typeof CATEGORY_OF_TYPE)[keyof typeof CATEGORY_OF_TYPE];
  usage: "personal" | "business";
  currency: "GBP" | "EUR";
  holders: readonly string[];
  /** YYYY-MM-DD */
  openedOn: string;
  /** Credit card limit or arranged overdraft, minor units. */
  creditLimit?: number;
  /**
   * How today's balance is chosen (minor units, signed): start the history at `opening`, raised so the
   * balance never falls below `floor` and lowered so it never rises above `ceiling`. Without `opening` the
   * balance touches its floor (or ceiling) once: a current account dipping into its overdraft before payday.
   */
  balance: { opening?: number; floor?: number; ceiling?: number };
  /** Hours ahead of UK time where the card is used (1 for a euro account spent on the continent). */
  utcOffset?: number;
}

/** Bud's account_category follows from the account type. */
const CATEGORY_OF_TYPE = { current_account: "depository", savings: "depository", credit_card: "credit", mortgage: "loan" } as const;

/** What a profile writes: the category is derived, and accounts are personal and in pounds unless it says otherwise. */
export type AccountInput = Omit<AccountSpec, "category" | "usage" | "currency"> & Partial<Pick<AccountSpec, "usage" | "currency">>;

export interface AccountHandle {
  index: number;
  id: string;
  spec: AccountSpec;
  bank: BankInfo;
  identifiers: { uk_sort_code?: string; uk_account_number?: string; iban?: string; pan?: string };
  /** How a transfer's counterparty names this account: "601613 31510604" or the IBAN. */
  reference: string;
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function digits(key: number, count: number): string {
  let out = "";
  for (let i = 0; out.length < count; i++) out += String(mix(key, i + 100) % 10);
  return out;
}

/** ISO 13616 check digits: move the country code to the end, letters to numbers, 98 − (n mod 97). */
function ibanFor(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}

function identifiersFor(spec: AccountSpec, bank: BankInfo, key: number): AccountHandle["identifiers"] {
  if (spec.type === "credit_card") return { pan: `************${digits(key, 4)}` };
  const sortCode = `${bank.sortCodePrefix}${digits(mix(key, 1), 6 - bank.sortCodePrefix.length)}`;
  const accountNumber = digits(mix(key, 2), 8);
  if (spec.currency !== "GBP") return { iban: ibanFor("GB", `${bank.ibanBankCode}${sortCode}${accountNumber}`) };
  return { uk_sort_code: sortCode, uk_account_number: accountNumber };
}

interface TransferOptions {
  l2: CategoryL2;
  budCode: BudCode;
  /** Raw text on the paying account, then on the receiving one. */
  out: string;
  in: string;
  suggested: readonly [paying: string, receiving: string];
  tags?: readonly Tag[];
  regularity?: Kind["regularity"];
}

export class ProfileBuilder {
  readonly accounts: AccountHandle[] = [];
  readonly rules: Rule[][] = [];
  readonly kinds = new KindTable();

  constructor(
    readonly seed: string,
    readonly customerId: string,
  ) {}

  account(input: AccountInput): AccountHandle {
    const spec: AccountSpec = { usage: "personal", currency: "GBP", ...input, category: CATEGORY_OF_TYPE[input.type] };
    const key = hashKey(this.seed, this.customerId, "account", spec.key);
    let id = "";
    for (let i = 0; i < 24; i++) id += ID_ALPHABET[mix(key, i) % ID_ALPHABET.length];
    const bank = BANKS[spec.bank];
    const identifiers = identifiersFor(spec, bank, key);
    const reference = identifiers.iban ?? identifiers.pan ?? `${identifiers.uk_sort_code} ${identifiers.uk_account_number}`;
    const handle: AccountHandle = { index: this.accounts.length, id, spec, bank, identifiers, reference };
    this.accounts.push(handle);
    this.rules.push([]);
    return handle;
  }

  kind(kind: Kind): number {
    return this.kinds.add(kind);
  }

  on(account: AccountHandle, ...rules: Rule[]): void {
    this.rules[account.index]!.push(...rules);
  }

  /** Both legs of a transfer between the customer's own accounts, each naming the other as counterparty. */
  transfer(from: AccountHandle, to: AccountHandle, options: TransferOptions): { kind: number; to: { account: number; kind: number } } {
    const holder = from.spec.holders[0] ?? "";
    const leg = (description: string, suggestedDescription: string, other: AccountHandle) =>
      this.kind(
        plainKind({
          description,
          suggestedDescription,
          l2: options.l2,
          budCode: options.budCode,
          tags: ["internal-transfer", ...(options.tags ?? [])],
          regularity: options.regularity,
          counterparty: { name: holder, identifier: other.reference },
        }),
      );
    return {
      kind: leg(options.out, options.suggested[0], to),
      to: { account: to.index, kind: leg(options.in, options.suggested[1], from) },
    };
  }
}

export type Profile = (builder: ProfileBuilder) => void;
