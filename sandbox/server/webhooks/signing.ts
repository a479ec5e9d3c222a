/**
 * Webhook signatures as Bud describes them: `X-Signature` is "the signed request body JWT" and `X-Signing-ID` the
 * id of the public key that verifies it, published as a JWKS (Bud's at https://assets.thisisbud.com/bud-callback.jwks;
 * the stand-in's at the same path, /bud-callback.jwks). The JWT's payload is the request body, byte for byte: a
 * receiver verifies the signature with the key named by X-Signing-ID, then checks that the payload it verified is
 * the body it received. ES256, with a key made once and kept in the stand-in's state.
 */
import { randomUUID } from "node:crypto";
import { CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { Store } from "../store/store";

export const JWKS_PATH = "/bud-callback.jwks";

const ALGORITHM = "ES256";

export class WebhookSigner {
  private constructor(
    readonly kid: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
  ) {}

  /** The stand-in's signing key from its state, made and saved on first use. */
  static async load(store: Store): Promise<WebhookSigner> {
    let saved = store.state.webhook_signing_key;
    if (!saved) {
      const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      saved = { kid: randomUUID(), private_jwk: { ...(await exportJWK(privateKey)) } };
      store.state.webhook_signing_key = saved;
      store.changed();
    }
    const privateJwk = saved.private_jwk as JWK;
    const privateKey = (await importJWK(privateJwk, ALGORITHM)) as CryptoKey;
    const { kty, crv, x, y } = privateJwk;
    return new WebhookSigner(saved.kid, privateKey, { kty, crv, x, y, kid: saved.kid, alg: ALGORITHM, use: "sig" });
  }

  /** A compact JWT whose payload is exactly `body` (a JSON object's text). */
  sign(body: string): Promise<string> {
    return new CompactSign(new TextEncoder().encode(body)).setProtectedHeader({ alg: ALGORITHM, typ: "JWT", kid: this.kid }).sign(this.privateKey);
  }

  /** The public half, as a JSON Web Key Set. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }
}
