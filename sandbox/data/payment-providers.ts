/**
 * The banks Bud Pay can pay from: the same three sandbox banks as Bud Connect, each offering every domestic
 * product. Monzo Sandbox also pays in euros, as the seeded euro account lives there.
 */
import type { components } from "../../lib/bud/generated/bud-api";
import { BANKS } from "./providers";
import type { WireProvider } from "./world";

export type WirePaymentProvider = components["schemas"]["PaymentProvider"];

/** Built from the world's Connect providers, so each bank keeps the logo (and logo URL) it has there. */
export function paymentProviders(connectProviders: readonly WireProvider[]): WirePaymentProvider[] {
  return Object.values(BANKS).map((bank) => ({
    provider: bank.id,
    display_name: bank.displayName,
    icon: connectProviders.find((provider) => provider.provider === bank.id)?.icon ?? "",
    services: ["domestic-single-payment", "domestic-standing-order", "domestic-scheduled-payment"],
    maintenance_status: "active",
    maintenance_window: null,
    country_code: "GBR",
    implementation_type: "OpenbankingUK",
    supported_currencies: bank.id === "Monzo_Sandbox" ? ["GBP", "EUR"] : ["GBP"],
    required_actions: [],
  }));
}
