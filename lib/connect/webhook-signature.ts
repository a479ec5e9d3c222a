import "server-only";
import { isDeepStrictEqual } from "node:util";
import { compactVerify, createRemoteJWKSet, type CompactVerifyGetKey } from "jose";
import { connectConfig } from "@/lib/env";

/*
 * Bud signs each webhook: `X-Signature` is a JWS whose payload is the request body, signed with the key that
 * `X-Signing-ID` names in Bud's published JWKS. A body is trusted only if that signature verifies with that key
 * and signs exactly this body (the payload, or a detached payload, RFC 7515 appendix F).
 */

/** Asymmetric algorithms only: never "none", never a shared-secret HMAC that a published key could forge. */
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"];

const KEYS_UNAVAILABLE = new Set(["ERR_JWKS_TIMEOUT", "ERR_JWKS_INVALID", "ERR_JOSE_GENERIC"]);

const isJoseError = (error: unknown): error is { code: string } =>
  typeof (error as { code?: unknown } | null)?.code === "string" && (error as { code: string }).code.startsWith("ERR_J");

export class WebhookSignatureError extends Error {
  override readonly name = "WebhookSignatureError";
}

export type KeySet = CompactVerifyGetKey;

const globalForJwks = globalThis as typeof globalThis & { budgieWebhookJwks?: { url: string; keys: KeySet } };

/** Bud's published keys, fetched and cached by jose (refetched for an unknown key id, at most every 30 s). */
function remoteKeySet(): KeySet {
  const { webhookJwksUrl } = connectConfig();
  if (globalForJwks.budgieWebhookJwks?.url !== webhookJwksUrl) {
    globalForJwks.budgieWebhookJwks = { url: webhookJwksUrl, keys: createRemoteJWKSet(new URL(webhookJwksUrl)) };
  }
  return globalForJwks.budgieWebhookJwks.keys;
}

/** Verifies a webhook and answers its body as JSON; WebhookSignatureError for anything unsigned, forged or mismatched. */
export async function verifyWebhook(
  rawBody: string,
  headers: { signature: string | null; signingId: string | null },
  keys: KeySet = remoteKeySet(),
): Promise<unknown> {
  const { signature, signingId } = headers;
  if (!signature || !signingId) throw new WebhookSignatureError("unsigned");
  const parts = signature.split(".");
  if (parts.length !== 3) throw new WebhookSignatureError("malformed signature");
  const detached = parts[1] === "";
  const token = detached ? `${parts[0]}.${Buffer.from(rawBody).toString("base64url")}.${parts[2]}` : signature;
  let payload: Uint8Array;
  try {
    // The key is the one X-Signing-ID names; a header naming another key id is refused, not followed.
    ({ payload } = await compactVerify(
      token,
      (header, jws) => {
        if (header.kid !== undefined && header.kid !== signingId) throw new WebhookSignatureError("key id mismatch");
        return keys({ ...header, kid: signingId }, jws);
      },
      { algorithms: ALGORITHMS },
    ));
  } catch (error) {
    if (error instanceof WebhookSignatureError) throw error;
    // Bud's keys could not be fetched: our problem, not a forgery. Thrown on (→ 500), so Bud delivers again.
    if (!isJoseError(error) || KEYS_UNAVAILABLE.has(error.code)) throw error;
    throw new WebhookSignatureError("signature does not verify", { cause: error });
  }
  const body = parseJson(rawBody);
  // A detached signature was verified over these very bytes; an embedded one must carry this same body.
  if (!detached && !isDeepStrictEqual(parseJson(new TextDecoder().decode(payload)), body)) {
    throw new WebhookSignatureError("signature is for another body");
  }
  return body;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new WebhookSignatureError("body is not JSON");
  }
}
