/**
 * The screens of the hosted Bud Connect page, as HTML fragments: choose a bank, the mock bank's sign-in and
 * consent, the progress and connected screens, and the pages for URLs that can no longer be used. pages/connect.ts
 * decides which one to show; every button posts back to the journey's own URL.
 */
import type { WireAccount, WireProvider } from "../../data/world";
import type { ConnectProgress } from "../connect/tasks";
import { CONNECT_STEP_TEXTS } from "../connect/tasks";
import { html, type SafeHtml } from "./html";

export interface BankChoice {
  provider: WireProvider;
  available: boolean;
}

/** The logo by path, so it loads from whichever host name the page was opened with (CSP img-src 'self'). */
export const logoPath = (provider: WireProvider | undefined) => (provider?.icon ? new URL(provider.icon).pathname : undefined);

const logo = (provider: WireProvider | undefined) => {
  const path = logoPath(provider);
  return path ? html`<img class="logo" src="${path}" alt="">` : "";
};

export function chooseBankScreen(banks: readonly BankChoice[]): SafeHtml {
  const items = banks.map(
    ({ provider, available }) => html`<li>
${logo(provider)}
<span class="grow"><strong>${provider.display_name}</strong>${available ? "" : html`<br><span class="muted">Temporarily unavailable: this bank is in maintenance</span>`}</span>
<button class="button secondary compact" name="provider" value="${provider.provider}" ${available ? "" : html`disabled`} aria-label="Connect ${provider.display_name}">Connect</button>
</li>`,
  );
  return html`<p>Choose the bank you want to connect. You will sign in at your bank and choose what to share.</p>
<form method="post" class="card" aria-labelledby="banks">
<input type="hidden" name="action" value="choose">
<h2 id="banks">Banks</h2>
<ul class="list">${items}</ul>
</form>
<form method="post"><button class="button secondary" name="action" value="cancel">Cancel and go back</button></form>`;
}

export function bankConsentScreen(provider: WireProvider, historyMonths: number, consentDays: number): SafeHtml {
  const name = provider.display_name;
  return html`<section class="card" aria-labelledby="bank">
<h2 id="bank" class="with-logo">${logo(provider)}${name}</h2>
<p class="muted">This is a sandbox bank: any sign-in details work, and nothing real is shared.</p>
<form method="post">
<div class="field"><label for="username">Username</label><input id="username" name="username" autocomplete="username"></div>
<div class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password"></div>
<h3>Bud is asking to see</h3>
<ul class="bullets">
<li>Your account details and balances</li>
<li>Your transactions from the last ${historyMonths} months onwards</li>
<li>Your direct debits and standing orders</li>
</ul>
<p>This access lasts ${consentDays} days. You can withdraw it at any time.</p>
<button class="button" name="action" value="approve">Allow access</button>
<button class="button secondary" name="action" value="deny">Deny access</button>
<button class="button secondary" name="action" value="cancel">Cancel and go back</button>
</form>
</section>`;
}

export function progressScreen(bankName: string, progress: ConnectProgress): SafeHtml {
  const steps = CONNECT_STEP_TEXTS.slice(0, 3).map((text, index) => {
    const step = index + 1;
    const state = step < progress.step ? "done" : step === progress.step ? "current" : "";
    const label = state === "done" ? "done" : state === "current" ? "in progress" : "to do";
    return html`<li class="${state}">${text} <span class="muted">(${label})</span></li>`;
  });
  return html`<section class="card" aria-labelledby="progress">
<h2 id="progress">Fetching your data from ${bankName}</h2>
<ol class="steps">${steps}</ol>
<form method="get"><button class="button secondary">Check again</button></form>
</section>`;
}

export interface ConnectedScreenOptions {
  bankName: string;
  /** The accounts fetched, when the journey asked for the accounts summary; undefined while still fetching. */
  accounts?: readonly WireAccount[];
  showAccounts: boolean;
  inBackground: boolean;
  /** The bank accepted the consent but fetching the data failed. */
  failed: boolean;
  connectMore: boolean;
}

export function connectedScreen(options: ConnectedScreenOptions): SafeHtml {
  const list = options.accounts?.map(
    (account) => html`<li><span class="grow"><strong>${account.suggested_name ?? account.account_type}</strong><br><span class="muted">${(account.account_type ?? "account").replace(/_/g, " ")} · ${account.currency}</span></span></li>`,
  );
  const accounts = options.showAccounts
    ? html`<section class="card" aria-labelledby="accounts">
<h2 id="accounts">Accounts connected</h2>
${list && list.length > 0 ? html`<ul class="list">${list}</ul>` : html`<p class="muted">Your accounts are still being fetched. They will appear in the app shortly.</p>`}
</section>`
    : "";
  if (options.failed) {
    return html`<p>You gave access to ${options.bankName}, but the bank did not send your data. Go back to the app to try again.</p>
<form method="post"><button class="button" name="action" value="finish">Go back to the app</button></form>`;
  }
  return html`<p>You gave access to ${options.bankName}.${options.inBackground ? " Your data is being fetched in the background." : ""}</p>
${accounts}
<form method="post">
<button class="button" name="action" value="finish">Continue</button>
${options.connectMore ? html`<button class="button secondary" name="action" value="another">Connect another bank</button>` : ""}
</form>`;
}

export const UNUSABLE_PAGES = {
  missing: { title: "Link not found", status: 404, text: "This connection link is not valid. Go back to the app and start connecting your bank again." },
  used: { title: "Link already used", status: 410, text: "This connection link has already been used. Go back to the app to see your connected banks." },
  expired: {
    title: "Link expired",
    status: 410,
    text: "This connection link has expired: links last 30 minutes. Go back to the app and start connecting your bank again.",
  },
} as const;
