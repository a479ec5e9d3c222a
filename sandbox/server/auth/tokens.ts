/**
 * OAuth access and refresh tokens. Tokens are random; the store keeps only their SHA-256 (a lookup key that is
 * useless if the snapshot leaks). They persist with the rest of the state so an app keeps working when the
 * stand-in restarts, as it would against Bud.
 */
import { randomHex, sha256 } from "../secrets";
import type { StoredToken } from "../store/state";
import type { Store } from "../store/store";

/** "Refresh tokens typically expire after 24 hours" (Bud's spec). */
const REFRESH_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface IssuedTokens {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
}

export class TokenService {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  issue(clientId: string): IssuedTokens {
    const now = Date.now();
    const { access_tokens, refresh_tokens } = this.store.state;
    prune(access_tokens, now);
    prune(refresh_tokens, now);
    const access = randomHex(32);
    const refresh = randomHex(32);
    access_tokens[sha256(access)] = { client_id: clientId, expires_at: now + this.ttlSeconds * 1000 };
    refresh_tokens[sha256(refresh)] = { client_id: clientId, expires_at: now + REFRESH_TOKEN_TTL_MS };
    this.store.changed();
    return { access_token: access, token_type: "Bearer", expires_in: this.ttlSeconds, refresh_token: refresh };
  }

  /** Refresh tokens are single use: a valid one is consumed and replaced. Undefined when it is not valid for the client. */
  refresh(clientId: string, refreshToken: string): IssuedTokens | undefined {
    const key = sha256(refreshToken);
    const stored = this.store.state.refresh_tokens[key];
    if (!isValid(stored, clientId)) return undefined;
    delete this.store.state.refresh_tokens[key];
    return this.issue(clientId);
  }

  /** The client id an unexpired access token was issued to. */
  clientOf(accessToken: string): string | undefined {
    const stored = this.store.state.access_tokens[sha256(accessToken)];
    return stored && stored.expires_at > Date.now() ? stored.client_id : undefined;
  }

  /** Expires every access token now (refresh tokens stay valid, so clients can recover by refreshing). */
  expireAll(): number {
    const tokens = Object.values(this.store.state.access_tokens);
    const now = Date.now();
    for (const token of tokens) token.expires_at = Math.min(token.expires_at, now);
    this.store.changed();
    return tokens.length;
  }
}

function isValid(token: StoredToken | undefined, clientId: string): boolean {
  return token !== undefined && token.client_id === clientId && token.expires_at > Date.now();
}

function prune(tokens: Record<string, StoredToken>, now: number): void {
  for (const [key, token] of Object.entries(tokens)) if (token.expires_at <= now) delete tokens[key];
}
