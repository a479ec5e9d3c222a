/**
 * The body of POST /v2/open-banking/authorisation-gateway-url (AuthGatewayURLRequestv2), every option validated
 * as the spec types it. `null` counts as "not sent" wherever the spec marks a field nullable.
 */
import { z } from "zod";

const flag = z.boolean().nullish();

export const INITIAL_SCREENS = ["accounts_summary", "connect_accounts", "download_data", "reconfirm_consent", "revoke_consent"] as const;

export const gatewayRequest = z
  .object({
    redirect_url: z
      .string()
      .max(2083)
      // "A web URL or an app-internal URL": any absolute URL with a scheme (https://…, myapp://…).
      .refine((value) => URL.canParse(value), { error: "must be an absolute URL" }),
    providers: z.array(z.string().min(1)).nullish(),
    provider_types: z.array(z.enum(["business", "retail", "sandbox"])).nullish(),
    initial_screen: z.enum(INITIAL_SCREENS).nullish(),
    accounts_summary: flag,
    connect_more_accounts_button: flag,
    skip_success_screen: flag,
    enable_async_connect: flag,
    reconfirm_consent: flag,
    reconfirm_consent_redirect: flag,
    customer_email: z.email().optional(),
  });

export type GatewayRequest = z.output<typeof gatewayRequest>;
