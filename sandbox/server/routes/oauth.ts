/**
 * POST /v1/oauth/token — client credentials (HTTP Basic) or a single-use refresh token. Error bodies are the
 * spec's examples word for word, including the odd message on the grant_type error.
 */
import { Hono } from "hono";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";

const basicAuthMissing = () => new BudApiError(400, "failed_validation", "could not extract basic auth headers");
const grantTypeInvalid = () =>
  new BudApiError(400, "failed_validation", "could not extract basic auth headers", {
    grant_type: "grant_type must be one of [client_credentials refresh_token]",
  });
const unauthorised = () => new BudApiError(401, "unauthorised", "Unauthorised.");

export const oauthRoutes = new Hono<AppEnv>();

oauthRoutes.post("/v1/oauth/token", async (c) => {
  const { clients, tokens, stats } = c.var.deps;
  c.set("operationId", "oauth_token_create");
  stats.tokenRequests += 1;

  const form = isForm(c.req.header("Content-Type")) ? new URLSearchParams(await c.req.text()) : undefined;
  const grantType = form?.get("grant_type");
  if (!form || (grantType !== "client_credentials" && grantType !== "refresh_token")) throw grantTypeInvalid();
  const basic = parseBasic(c.req.header("Authorization"));
  const clientId = c.req.header("X-Client-Id");

  if (grantType === "client_credentials") {
    if (!basic) throw basicAuthMissing();
    const client = clients.authenticate(basic.clientId, basic.secret);
    if (!client || client.client_id !== clientId) throw unauthorised();
    return ok(c, tokens.issue(client.client_id));
  }

  // Bud's own refresh examples send only X-Client-Id; Basic is accepted too and must then be right.
  const refreshToken = form.get("refresh_token");
  if (!refreshToken) throw failedValidation({ refresh_token: "refresh_token is required" });
  const client = clients.get(clientId);
  if (!client || (basic && clients.authenticate(basic.clientId, basic.secret) !== client)) throw unauthorised();
  const issued = tokens.refresh(client.client_id, refreshToken);
  if (!issued) throw unauthorised();
  return ok(c, issued);
});

function isForm(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

function parseBasic(header: string | undefined): { clientId: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon > 0 ? { clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) } : undefined;
}
