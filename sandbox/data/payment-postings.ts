/**
 * Bud Pay payments laid over a generated ledger: each settled payment (and each executed standing-order or
 * scheduled payment) becomes a booked debit in the sender's account and, when the recipient is one of the
 * customer's own connected accounts, a booked credit there. Like category corrections, this never touches the
 * cached generated ledger: it answers a merged copy with the balances moved from each posting's day on.
 */
import { SECONDS_PER_DAY } from "./calendar";
import type { BalanceSeries } from "./balances";
import { plainKind, type Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { rowAfter } from "./ledger";
import type { AccountHandle } from "./profile";
import { hashKey, mix } from "./random";
import type { PaymentPosting } from "./world";

export interface Posted {
  ledger: Ledger;
  kinds: readonly Kind[];
  series: readonly BalanceSeries[];
}

interface NewRow {
  time: number;
  id1: number;
  id2: number;
  amount: number;
  kind: number;
  account: number;
}

/** How a payment names an account: 6-digit sort code + 8-digit account number, or the IBAN. */
const accountNumberOf = (handle: AccountHandle) =>
  handle.identifiers.iban ?? `${handle.identifiers.uk_sort_code ?? ""}${handle.identifiers.uk_account_number ?? ""}`;

/**
 * The account a payment leaves: the sender's account number when the payer gave one of theirs at the paying bank,
 * else their first current account at that bank in the payment's currency. Undefined when they hold none there.
 */
export function senderAccount(handles: readonly AccountHandle[], posting: Pick<PaymentPosting, "provider" | "currency" | "senderAccountNumber">) {
  const atBank = handles.filter((handle) => handle.bank.id === posting.provider && handle.spec.currency === posting.currency);
  return (
    atBank.find((handle) => posting.senderAccountNumber !== undefined && accountNumberOf(handle) === posting.senderAccountNumber) ??
    atBank.find((handle) => handle.spec.type === "current_account")
  );
}

/** Bank text carries no template markers (kinds fill `{n}`, `{city}`, `{ref}`), so a payer's braces are dropped. */
const plain = (text: string) => text.replace(/[{}]/g, "").toUpperCase();

function paymentKind(posting: PaymentPosting, direction: "out" | "in", own: AccountHandle | undefined, other: string): Kind {
  const l2 = own ? (own.spec.type === "savings" ? "savings" : "other_banking") : "other_general";
  const counterpartyName = direction === "out" ? posting.recipientName : posting.senderName;
  return plainKind({
    description: `${plain(counterpartyName)} ${plain(posting.reference)}`.slice(0, 140),
    suggestedDescription: counterpartyName,
    l2,
    budCode: posting.standingOrder ? "SO" : "BAT",
    tags: own ? ["internal-transfer"] : [],
    counterparty: { name: counterpartyName, identifier: other },
  });
}

/** The rows of the postings that touch the customer's connected accounts, with the kinds they add. */
function postingRows(handles: readonly AccountHandle[], kinds: readonly Kind[], postings: readonly PaymentPosting[]) {
  const allKinds = [...kinds];
  const rows: NewRow[] = [];
  const add = (posting: PaymentPosting, side: "out" | "in", account: AccountHandle, kind: Kind, amount: number) => {
    const key = hashKey(posting.key, side);
    // Ids are derived from the posting (payment id + execution), so the same payment always gives the same rows.
    rows.push({ time: posting.time, id1: key, id2: mix(key, 1), amount, kind: allKinds.push(kind) - 1, account: account.index });
    if (allKinds.length > 0x10000) throw new Error("too many kinds for a 16-bit kind column");
  };
  for (const posting of postings) {
    const from = senderAccount(handles, posting);
    const to = handles.find((handle) => handle.spec.currency === posting.currency && accountNumberOf(handle) === posting.recipientAccountNumber);
    if (from) add(posting, "out", from, paymentKind(posting, "out", to, to?.reference ?? posting.recipientAccountNumber), -posting.amount);
    if (to) add(posting, "in", to, paymentKind(posting, "in", from, from?.reference ?? posting.senderAccountNumber ?? ""), posting.amount);
  }
  return { rows, kinds: allKinds };
}

/** The ledger with the rows inserted where they sort (newest first), all booked. */
function mergeRows(ledger: Ledger, rows: readonly NewRow[]): Ledger {
  const placed = rows.map((row) => ({ row, at: rowAfter(ledger, row.time, row.id1, row.id2) }));
  placed.sort((a, b) => a.at - b.at || b.row.time - a.row.time || b.row.id1 - a.row.id1 || b.row.id2 - a.row.id2);
  const length = ledger.length + rows.length;
  const merged = {
    length,
    time: new Uint32Array(length),
    id1: new Uint32Array(length),
    id2: new Uint32Array(length),
    amount: new Int32Array(length),
    kind: new Uint16Array(length),
    variant: new Uint16Array(length),
    account: new Uint8Array(length),
    pending: new Uint8Array(length),
  };
  const columns = ["time", "id1", "id2", "amount", "kind", "variant", "account", "pending"] as const;
  let from = 0;
  let inserted = 0;
  const copyUntil = (end: number) => {
    for (const name of columns) merged[name].set(ledger[name].subarray(from, end), from + inserted);
    from = end;
  };
  for (const { row, at } of placed) {
    copyUntil(at);
    const i = from + inserted++;
    merged.time[i] = row.time;
    merged.id1[i] = row.id1;
    merged.id2[i] = row.id2;
    merged.amount[i] = row.amount;
    merged.kind[i] = row.kind;
    merged.account[i] = row.account;
  }
  copyUntil(ledger.length);
  return merged;
}

/**
 * Each posting moves its account's end-of-day balances from its day on. A payment made after the account's last
 * refresh counts in the last day's balance: the bank has already taken the money, so today's balance shows it.
 */
function movedSeries(series: readonly BalanceSeries[], rows: readonly NewRow[]): BalanceSeries[] {
  const moved = series.map((one) => ({ ...one }));
  const copied = new Set<number>();
  for (const row of rows) {
    const account = moved[row.account]!;
    const days = account.booked.length;
    if (days === 0) continue;
    if (!copied.has(row.account)) {
      account.booked = account.booked.slice();
      copied.add(row.account);
    }
    const first = Math.min(Math.max(Math.floor(row.time / SECONDS_PER_DAY) - account.startDay, 0), days - 1);
    for (let d = first; d < days; d++) account.booked[d]! += row.amount;
  }
  return moved;
}

/** The ledger, kinds and balance series with the postings applied (the same objects when none touch an account). */
export function applyPostings(
  ledger: Ledger,
  kinds: readonly Kind[],
  series: readonly BalanceSeries[],
  handles: readonly AccountHandle[],
  postings: readonly PaymentPosting[],
): Posted {
  const added = postingRows(handles, kinds, postings);
  if (added.rows.length === 0) return { ledger, kinds, series };
  return { ledger: mergeRows(ledger, added.rows), kinds: added.kinds, series: movedSeries(series, added.rows) };
}
