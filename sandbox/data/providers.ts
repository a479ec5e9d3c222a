/**
 * The three sandbox banks the stand-in offers in Bud Connect. Besides the wire `OBProvider`, each carries the
 * bank details the seeded accounts need (sort code range, IBAN bank code, card scheme), so an account's
 * identifiers look like that bank's.
 */
import path from "node:path";
import type { ProcessorSlug } from "./merchants";
import type { WireProvider } from "./world";

/** Served by the stand-in at /assets/... (providers/<id>.svg, merchants/<slug>.svg). */
export const ASSETS_DIR = path.join(import.meta.dirname, "assets");

export type ProviderId = "Natwest_Sandbox" | "Barclays_Sandbox" | "Monzo_Sandbox";

export interface BankInfo {
  id: ProviderId;
  displayName: string;
  /** Sort codes are this prefix + 4 seeded digits (Monzo uses one sort code for everyone). */
  sortCodePrefix: string;
  ibanBankCode: string;
  cardScheme: ProcessorSlug;
  /** Logo colours and mark for assets/providers/<id>.svg. */
  colour: string;
  ink: string;
  mark: string;
}

export const BANKS: Readonly<Record<ProviderId, BankInfo>> = {
  Natwest_Sandbox: {
    id: "Natwest_Sandbox",
    displayName: "NatWest Sandbox",
    sortCodePrefix: "60",
    ibanBankCode: "NWBK",
    cardScheme: "visa",
    colour: "#42145F",
    ink: "#FFFFFF",
    mark: "N",
  },
  Barclays_Sandbox: {
    id: "Barclays_Sandbox",
    displayName: "Barclays Sandbox",
    sortCodePrefix: "20",
    ibanBankCode: "BARC",
    cardScheme: "visa",
    colour: "#00AEEF",
    ink: "#FFFFFF",
    mark: "B",
  },
  Monzo_Sandbox: {
    id: "Monzo_Sandbox",
    displayName: "Monzo Sandbox",
    sortCodePrefix: "040004",
    ibanBankCode: "MONZ",
    cardScheme: "mastercard",
    colour: "#14233C",
    ink: "#FF4F40",
    mark: "M",
  },
};

export function providerLogo(assetBaseUrl: string, id: ProviderId): string {
  return `${assetBaseUrl}/assets/providers/${id}.svg`;
}

export function merchantLogo(assetBaseUrl: string, slug: string): string {
  return `${assetBaseUrl}/assets/merchants/${slug}.svg`;
}

export function providers(assetBaseUrl: string): WireProvider[] {
  return Object.values(BANKS).map((bank) => ({
    provider: bank.id,
    display_name: bank.displayName,
    icon: providerLogo(assetBaseUrl, bank.id),
    maintenance_status: "active",
    maintenance_window: null,
    mobile_only: false,
    regions: ["GBR"],
  }));
}
