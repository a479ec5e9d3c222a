/**
 * The hosted Connect page's other initial screens: reconfirm a consent (`reconfirm_consent`, or the deprecated
 * `reconfirm_consent: true`), withdraw one (`revoke_consent`), and the customer's connected banks
 * (`accounts_summary`, and `download_data`, which shows the same summary: the stand-in offers no download).
 */
import type { WireAccount, WireProvider } from "../../data/world";
import { consentExpired } from "../store/connections";
import type { StoredConnectJourney, StoredConnection } from "../store/state";
import { logoPath } from "./connect-screens";
import { html, type SafeHtml } from "./html";

export type ManageScreen = "reconfirm_consent" | "revoke_consent" | "accounts_summary" | "download_data";

export function manageScreenOf(journey: StoredConnectJourney): ManageScreen | undefined {
  return journey.initial_screen === "connect_accounts" ? undefined : journey.initial_screen;
}

export const MANAGE_TITLES: Readonly<Record<ManageScreen, string>> = {
  reconfirm_consent: "Keep sharing your data",
  revoke_consent: "Stop sharing your data",
  accounts_summary: "Your connected banks",
  download_data: "Your connected banks",
};

const longDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" }).format(new Date(iso));

function consentState(connection: StoredConnection, now: number): string {
  if (connection.status === "revoked") return "You stopped sharing this bank's data";
  if (consentExpired(connection, now)) return `Access ended on ${longDate(connection.consent_expires_at)}`;
  return `Access until ${longDate(connection.consent_expires_at)}`;
}

export interface ManageScreenInput {
  screen: ManageScreen;
  connections: readonly StoredConnection[];
  providers: readonly WireProvider[];
  accounts: readonly WireAccount[];
  now: number;
}

function bankItem(input: ManageScreenInput, connection: StoredConnection, action: SafeHtml | ""): SafeHtml {
  const provider = input.providers.find((known) => known.provider === connection.provider);
  const name = provider?.display_name ?? connection.provider;
  const logo = logoPath(provider);
  const accounts = input.accounts.filter((account) => account.provider === connection.provider);
  const accountsLine = input.screen === "accounts_summary" || input.screen === "download_data" ? html`<br><span class="muted">${accounts.length} ${accounts.length === 1 ? "account" : "accounts"}</span>` : "";
  return html`<li>
${logo ? html`<img class="logo" src="${logo}" alt="">` : ""}
<span class="grow"><strong>${name}</strong><br><span class="muted">${consentState(connection, input.now)}</span>${accountsLine}</span>
${action}
</li>`;
}

export function manageScreen(input: ManageScreenInput): SafeHtml {
  const { screen } = input;
  const actionable = input.connections.filter((connection) => (screen === "revoke_consent" ? connection.status === "active" : true));
  const items = actionable.map((connection) => {
    const name = input.providers.find((known) => known.provider === connection.provider)?.display_name ?? connection.provider;
    if (screen === "reconfirm_consent") {
      return bankItem(input, connection, html`<button class="button secondary compact" name="consent" value="${connection.consent_id}" aria-label="Reconfirm access to ${name}">Reconfirm</button>`);
    }
    if (screen === "revoke_consent") {
      return bankItem(input, connection, html`<button class="button secondary compact" name="consent" value="${connection.consent_id}" aria-label="Stop sharing ${name}">Stop sharing</button>`);
    }
    return bankItem(input, connection, "");
  });
  const intro = {
    reconfirm_consent: "Reconfirm to keep sharing a bank's data for another 90 days.",
    revoke_consent: "Stop sharing a bank's data. What was already shared stays in the app until you delete it there.",
    accounts_summary: "These are the banks you share data from.",
    download_data: "These are the banks you share data from. Downloading your data is not available in the sandbox.",
  }[screen];
  const manageAction = screen === "reconfirm_consent" ? "reconfirm" : screen === "revoke_consent" ? "revoke" : "";
  const list =
    items.length === 0
      ? html`<p class="muted">You have no connected banks here.</p>`
      : manageAction
        ? html`<form method="post"><input type="hidden" name="action" value="${manageAction}"><ul class="list">${items}</ul></form>`
        : html`<ul class="list">${items}</ul>`;
  const summary = screen === "accounts_summary" || screen === "download_data";
  return html`<p>${intro}</p>
<section class="card" aria-labelledby="banks"><h2 id="banks">Banks</h2>${list}</section>
<form method="post">
${summary ? html`<button class="button" name="action" value="done">Continue</button><button class="button secondary" name="action" value="connect">Connect a bank</button>` : html`<button class="button secondary" name="action" value="cancel">Cancel and go back</button>`}
</form>`;
}
