/**
 * Materialises one ledger row as Bud's Transaction wire object, only for the rows a page returns. Everything
 * per row (id, descriptor, value date, predictions) is derived from the row's compact columns.
 */
import { addMonths, isoDateTime, SECONDS_PER_DAY } from "./calendar";
import { BUD_CODES, type Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { PROCESSORS, type MerchantInfo } from "./merchants";
import type { AccountHandle } from "./profile";
import { merchantLogo } from "./providers";
import { hashKey, hex32, hexWords, mix } from "./random";
import { wireAmount } from "./wire-money";
import type { WireTransaction } from "./world";

const TRANSACTION_TYPES: Record<Kind["budCode"], string[]> = {
  DEB: ["card"],
  DD: ["direct_debit"],
  SO: ["standing_order"],
  BAT: ["transfer"],
  CPT: ["card", "cash"],
  INT: ["interest"],
  CHG: ["fee"],
};

/** 32 hex characters whose first 16 are the row's sort words, so ids order as the ledger does. */
export function transactionId(id1: number, id2: number): string {
  return hex32(id1) + hex32(id2) + hex32(mix(id1, id2)) + hex32(mix(id2, id1));
}

const cityOf = (kind: Kind) => (kind.city ?? "London").toUpperCase();

/** A kind's description as every one of its rows shows it: the city filled in, store numbers and references left out. */
export function searchableDescription(kind: Kind): string {
  return kind.description.replace("{city}", cityOf(kind)).replace("{n}", "").replace("{ref}", "");
}

function brand(info: Omit<MerchantInfo, "l1" | "l2" | "mcc" | "descriptor">, assetBaseUrl: string) {
  return { id: info.id, slug: info.slug, display_name: info.name, logo: merchantLogo(assetBaseUrl, info.slug), website: info.website };
}

export class TransactionWriter {
  private readonly kindKeys: number[];

  constructor(
    private readonly ledger: Ledger,
    private readonly kinds: readonly Kind[],
    private readonly accounts: readonly AccountHandle[],
    private readonly assetBaseUrl: string,
    customerKey: string,
  ) {
    this.kindKeys = kinds.map((kind) => hashKey(customerKey, kind.description, kind.suggestedDescription));
  }

  /** The raw bank text: store numbers and references are stable per (kind, variant). */
  description(row: number): string {
    const kind = this.kinds[this.ledger.kind[row]!]!;
    const key = mix(this.kindKeys[this.ledger.kind[row]!]!, this.ledger.variant[row]!);
    return kind.description
      .replace("{n}", String(1000 + (key % 9000)))
      .replace("{city}", cityOf(kind))
      .replace("{ref}", mix(key, 7).toString(36).toUpperCase().padStart(7, "0"));
  }

  write(row: number): WireTransaction {
    const { ledger, kinds } = this;
    const kindIndex = ledger.kind[row]!;
    const kind = kinds[kindIndex]!;
    const handle = this.accounts[ledger.account[row]!]!;
    const time = ledger.time[row]!;
    const amount = ledger.amount[row]!;
    const pending = ledger.pending[row] === 1;
    const direction = amount < 0 ? "debit" : "credit";
    const confidence = kind.confidence;
    // Card payments settle the next day; bank batches move money the day they post.
    const valueDay = Math.floor(time / SECONDS_PER_DAY) + (kind.budCode === "DEB" ? 1 : 0);

    const transaction: WireTransaction = {
      transaction_id: transactionId(ledger.id1[row]!, ledger.id2[row]!),
      account_id: handle.id,
      provider: handle.bank.id,
      description: this.description(row),
      suggested_description: kind.suggestedDescription,
      amount: wireAmount(Math.abs(amount), handle.spec.currency),
      credit_debit_indicator: direction,
      status: pending ? "pending" : "booked",
      date_time: isoDateTime(time),
      value_date_time: isoDateTime(valueDay * SECONDS_PER_DAY),
      transaction_type: { bud_code: kind.budCode, description: BUD_CODES[kind.budCode] },
      tags: pending ? [...kind.tags, "pending"] : [...kind.tags],
      enrichments: {
        categories: { l1: { slug: kind.l1, confidence }, l2: { slug: kind.l2, confidence } },
        transaction_types: [...TRANSACTION_TYPES[kind.budCode], direction],
      },
    };
    const enrichments = transaction.enrichments!;
    if (kind.merchant) {
      enrichments.merchant = brand(kind.merchant, this.assetBaseUrl);
      transaction.suggested_logo = enrichments.merchant.logo;
    }
    if (kind.mcc) transaction.merchant_category_code = kind.mcc;
    if (kind.budCode === "DEB") enrichments.processor = brand(PROCESSORS[handle.bank.cardScheme], this.assetBaseUrl);
    if (kind.counterparty) {
      transaction.counterparty = { ...kind.counterparty };
      enrichments.names = [kind.counterparty.name.toLowerCase()];
    }
    if (kind.regularity) {
      const day = Math.floor(time / SECONDS_PER_DAY);
      const secondOfDay = time - day * SECONDS_PER_DAY;
      const next = (n: number) => (kind.regularity === "weekly" ? day + 7 * n : addMonths(day, n));
      enrichments.regularity = {
        frequency: kind.regularity,
        predicted_date_times: [1, 2, 3].map((n) => isoDateTime(next(n) * SECONDS_PER_DAY + secondOfDay)),
        group_label: hexWords(mix(this.kindKeys[kindIndex]!, ledger.account[row]!), 8),
      };
    }
    return transaction;
  }
}
