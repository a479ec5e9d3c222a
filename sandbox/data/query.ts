/**
 * GET /financial/v2/transactions over a Ledger: filters compiled once per request into per-kind lookups and
 * time bounds, then a scan from the page's start position. Page tokens carry the last row's sort key plus a
 * fingerprint of (customer, filters), so they stay valid while the data is immutable and are refused with
 * other filters or another customer's data.
 */
import { parseInstant } from "./calendar";
import type { Kind } from "./kinds";
import { rowAfter, rowAtOrBefore, type Ledger } from "./ledger";
import { hashKey } from "./random";
import { InvalidPageToken, type TransactionQuery } from "./world";

export interface CompiledQuery {
  /** Inclusive epoch-second bounds (date_from, date_to and updated_after folded together). */
  from: number;
  to: number;
  /** Ledger account index, -1 for any, -2 for an account this customer does not have. */
  account: number;
  /** 1 where a row of kind k with pending flag p passes the kind-level filters, at index 2k + p. */
  allowed: Uint8Array;
  /** +1 credits only, -1 debits only, 0 both. */
  sign: number;
  /** A row-level test beyond the columns above (search text, several accounts, amount range). */
  accept?: (row: number) => boolean;
  fingerprint: string;
}

/** What search adds to the list's filters; `key` names its parameters in the page-token fingerprint. */
export interface QueryExtension {
  kind?: (kind: Kind) => boolean;
  row?: (row: number) => boolean;
  key: string;
}

const unique = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort();

function kindMatches(kind: Kind, pending: boolean, query: TransactionQuery): boolean {
  const tags: readonly string[] = pending ? [...kind.tags, "pending"] : kind.tags;
  const [l1, l2] = query.categoryL2?.includes(".") ? query.categoryL2.split(".", 2) : [undefined, query.categoryL2];
  return (
    (!query.merchant || kind.merchant?.slug === query.merchant) &&
    (!query.categoryL1 || kind.l1 === query.categoryL1) &&
    (!l1 || kind.l1 === l1) &&
    (!l2 || kind.l2 === l2) &&
    (!query.includeTags?.length || tags.some((tag) => query.includeTags!.includes(tag))) &&
    !tags.some((tag) => query.excludeTags?.includes(tag))
  );
}

/** `accountIds[i]` is ledger account i's id, or undefined for an account that is not connected. */
export function compileQuery(
  query: TransactionQuery,
  kinds: readonly Kind[],
  accountIds: readonly (string | undefined)[],
  customerKey: string,
  extension?: QueryExtension,
): CompiledQuery {
  const statuses = unique(query.statuses?.length ? query.statuses : ["booked", "pending"]);
  const updatedAfter = query.updatedAfter ? parseInstant(query.updatedAfter) + 1 : 0;
  const from = Math.max(query.dateFrom ? parseInstant(query.dateFrom) : 0, updatedAfter);
  const to = query.dateTo ? parseInstant(query.dateTo, true) : Number.MAX_SAFE_INTEGER;
  const allowed = new Uint8Array(kinds.length * 2);
  kinds.forEach((kind, k) => {
    for (const pending of [0, 1]) {
      const status = pending ? "pending" : "booked";
      allowed[2 * k + pending] = statuses.includes(status) && kindMatches(kind, pending === 1, query) && (extension?.kind?.(kind) ?? true) ? 1 : 0;
    }
  });
  const account = query.accountId === undefined ? -1 : accountIds.indexOf(query.accountId);
  // Fixed order, folded bounds and sorted lists: the same filters always give the same fingerprint.
  const normalised = [
    query.accountId ?? null,
    from,
    to,
    query.merchant ?? null,
    query.categoryL1 ?? null,
    query.categoryL2 ?? null,
    unique(query.includeTags),
    unique(query.excludeTags),
    query.creditDebitIndicator ?? null,
    statuses,
    extension?.key ?? null,
  ];
  return {
    from,
    to,
    account: account === -1 && query.accountId !== undefined ? -2 : account,
    allowed,
    sign: query.creditDebitIndicator === "credit" ? 1 : query.creditDebitIndicator === "debit" ? -1 : 0,
    accept: extension?.row,
    fingerprint: hashKey(customerKey, JSON.stringify(normalised)).toString(36),
  };
}

interface TokenBody {
  v: 1;
  /** The last returned row's time and id words, and the query fingerprint. */
  t: number;
  a: number;
  b: number;
  f: string;
}

function encodeToken(body: TokenBody): string {
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

const isWord = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0xffffffff;

function decodeToken(token: string, fingerprint: string): TokenBody {
  let body: Partial<TokenBody> | null = null;
  if (/^[A-Za-z0-9_-]{1,200}$/.test(token)) {
    try {
      body = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<TokenBody>;
    } catch {
      body = null;
    }
  }
  if (!body || body.v !== 1 || !isWord(body.t) || !isWord(body.a) || !isWord(body.b) || typeof body.f !== "string") {
    throw new InvalidPageToken("Malformed page token");
  }
  if (body.f !== fingerprint) throw new InvalidPageToken("Page token was issued for other filters");
  return body as TokenBody;
}

/** Row indices of one page, plus the token for the next one when another matching row exists. */
export function selectPage(ledger: Ledger, query: CompiledQuery, pageSize: number, pageToken?: string): { rows: number[]; nextPageToken?: string } {
  const position = pageToken ? decodeToken(pageToken, query.fingerprint) : undefined;
  const start = position ? rowAfter(ledger, position.t, position.a, position.b) : rowAtOrBefore(ledger, Math.min(query.to, 0xffffffff));
  const size = Number.isFinite(pageSize) ? Math.max(1, Math.floor(pageSize)) : 100;
  const rows: number[] = [];
  const { time, account, kind, pending, amount } = ledger;
  for (let i = start; i < ledger.length && time[i]! >= query.from; i++) {
    if (query.account !== -1 && account[i] !== query.account) continue;
    if (!query.allowed[2 * kind[i]! + pending[i]!]) continue;
    if (query.sign !== 0 && Math.sign(amount[i]!) !== query.sign) continue;
    if (query.accept && !query.accept(i)) continue;
    if (rows.length === size) {
      const last = rows[rows.length - 1]!;
      return { rows, nextPageToken: encodeToken({ v: 1, t: time[last]!, a: ledger.id1[last]!, b: ledger.id2[last]!, f: query.fingerprint }) };
    }
    rows.push(i);
  }
  return { rows };
}
