import "server-only";
import { z } from "zod";
import { cached, httpUrl, parseSchemaEnv, trueOrFalse } from "@/lib/env/parse";

/*
 * Bud's hosted journeys. Connect: where its pages live (our CSP must let a form redirect there), where Bud publishes
 * the keys that sign its webhooks, and whether the server asks Bud for a journey's task (off: webhooks alone finish
 * it). Pay: where its payment pages live, the only place a payment POST may send the browser (and a CSP
 * form-action). Each origin is its variable when set; otherwise Bud's own for Bud's API hosts, and the API's own
 * origin for anything else (the local stand-in serves its hosted pages itself).
 */

export interface ConnectConfig {
  /** The origin of Bud's hosted Connect pages, e.g. https://auth.gateway.thisisbud.com. */
  connectOrigin: string;
  /** Where Bud publishes the keys its webhooks are signed with. */
  webhookJwksUrl: string;
  /** Whether our server polls Bud's connect task; webhooks complete journeys either way. */
  pollConnectTasks: boolean;
}

export interface PayConfig {
  /** The origin of Bud's hosted Bud Pay pages. */
  payOrigin: string;
}

/** Bud's own hosts: its hosted pages are on the gateway, not on the API host. */
const BUD_HOSTS = /(^|\.)thisisbud\.com$/;
const BUD_CONNECT_ORIGIN_DEFAULT = "https://auth.gateway.thisisbud.com";
/** The spec names no host for Bud Pay's pages: assumed on the same gateway as Connect's; set BUD_PAY_ORIGIN when Bud says otherwise. */
const BUD_PAY_ORIGIN_DEFAULT = BUD_CONNECT_ORIGIN_DEFAULT;
const BUD_WEBHOOK_JWKS_DEFAULT = "https://assets.thisisbud.com/bud-callback.jwks";

const connectSchema = z.object({
  BUD_API_URL: z.string().optional(),
  BUD_CONNECT_ORIGIN: httpUrl().optional(),
  BUD_WEBHOOK_JWKS_URL: httpUrl().default(BUD_WEBHOOK_JWKS_DEFAULT),
  BUDGIE_CONNECT_POLLING: trueOrFalse("true"),
});

const paySchema = z.object({
  BUD_API_URL: z.string().optional(),
  BUD_PAY_ORIGIN: httpUrl().optional(),
});

function derivedOrigin(apiUrl: string | undefined, budDefault: string): string {
  const parsed = apiUrl && URL.canParse(apiUrl) ? new URL(apiUrl) : null;
  if (!parsed || BUD_HOSTS.test(parsed.hostname)) return budDefault;
  return parsed.origin;
}

export function connectConfig(): ConnectConfig {
  return cached("connect", () => {
    const env = parseSchemaEnv("Bud Connect", connectSchema);
    return {
      connectOrigin: new URL(env.BUD_CONNECT_ORIGIN ?? derivedOrigin(env.BUD_API_URL, BUD_CONNECT_ORIGIN_DEFAULT)).origin,
      webhookJwksUrl: env.BUD_WEBHOOK_JWKS_URL,
      pollConnectTasks: env.BUDGIE_CONNECT_POLLING === "true",
    };
  });
}

export function payConfig(): PayConfig {
  return cached("pay", () => {
    const env = parseSchemaEnv("Bud Pay", paySchema);
    return { payOrigin: new URL(env.BUD_PAY_ORIGIN ?? derivedOrigin(env.BUD_API_URL, BUD_PAY_ORIGIN_DEFAULT)).origin };
  });
}
