/**
 * The hosted Bud Connect page at `/hosted/connect/{token}` (the URL the authorisation-gateway-url request
 * returned). Server-rendered, no script: every screen is a form posting back to the same URL, and the journey's
 * state decides what GET shows. The customer chooses a bank (skipped when one was requested), answers at the
 * mock bank (allow, deny, cancel), optionally sees the accounts fetched and a success screen, and is sent back
 * to `redirect_url` with `status`, `task_id`, `customer_id` and `error` (sandbox/README.md says why these).
 */
import { Hono, type Context } from "hono";
import { HISTORY_MONTHS } from "../../data/connection-window";
import { bankFault } from "../connect/bank-faults";
import { CONNECT_PAGE_PATH, usableJourney, type UnusableReason } from "../connect/journeys";
import { inMaintenance } from "../connect/maintenance";
import { connectProgress } from "../connect/tasks";
import type { AppEnv } from "../context";
import { CONSENT_DAYS } from "../store/connections";
import type { StoredConnectJourney, StoredConnectTask } from "../store/state";
import { MANAGE_TITLES, manageScreen, manageScreenOf } from "./connect-manage";
import { bankConsentScreen, chooseBankScreen, connectedScreen, progressScreen, UNUSABLE_PAGES } from "./connect-screens";
import { html } from "./html";
import { hostedPage } from "./layout";

/** Results of an answer the customer gave at the bank (or by leaving): the task fails at once with these. */
const DENIED = "auth_denied";
const CANCELLED = "awaiting_authorisation";

type PageContext = Context<AppEnv>;

function unusable(c: PageContext, reason: UnusableReason): Response {
  const page = UNUSABLE_PAGES[reason];
  return hostedPage(c, { title: page.title, status: page.status, body: html`<p>${page.text}</p>` });
}

function journeyOf(c: PageContext): StoredConnectJourney | Response {
  const { store, clock } = c.var.deps;
  const journey = usableJourney(store.state, c.req.param("token") ?? "", clock.now());
  return typeof journey === "string" ? unusable(c, journey) : journey;
}

/** The journey's task for the bank currently chosen, settled if due (undefined before the customer answered). */
function currentTask(c: PageContext, journey: StoredConnectJourney): StoredConnectTask | undefined {
  if (journey.task_id === undefined) return undefined;
  const task = c.var.deps.connectTasks.get(journey.client_id, journey.customer_id, journey.task_id);
  return task?.provider === journey.provider ? task : undefined;
}

/** Where the page may send the browser: the redirect URL's origin, or its scheme for an app-internal URL. */
function formTarget(redirectUrl: string): string {
  const url = new URL(redirectUrl);
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : url.protocol;
}

function providerOf(c: PageContext, provider: string | undefined) {
  return c.var.deps.world.providers.find((known) => known.provider === provider);
}

function render(c: PageContext, journey: StoredConnectJourney, status: 200 | 400 | 409 = 200, notice?: string): Response {
  const { store, clock, connectTasks, world, connections } = c.var.deps;
  const page = (title: string, body: ReturnType<typeof html>) =>
    hostedPage(c, {
      title,
      status,
      formTargets: [formTarget(journey.redirect_url)],
      body: html`${notice ? html`<p class="error" role="alert">${notice}</p>` : ""}${body}`,
    });
  const screen = manageScreenOf(journey);
  if (screen) {
    const summary = screen === "accounts_summary" || screen === "download_data";
    const accounts = summary ? (world.customerData(journey.customer_id, connections.windows(journey.customer_id))?.accounts() ?? []) : [];
    return page(MANAGE_TITLES[screen], manageScreen({ screen, connections: journeyConnections(c, journey), providers: world.providers, accounts, now: clock.now() }));
  }
  const provider = providerOf(c, journey.provider);
  if (!provider) {
    const banks = journey.providers.flatMap((id) => {
      const known = providerOf(c, id);
      return known ? [{ provider: known, available: !inMaintenance(store.state, id) }] : [];
    });
    return page("Connect your bank", chooseBankScreen(banks));
  }
  const task = currentTask(c, journey);
  if (!task) return page(`Sign in to ${provider.display_name}`, bankConsentScreen(provider, HISTORY_MONTHS, CONSENT_DAYS));
  const progress = connectProgress(task, clock.now(), connectTasks.stepMs);
  if (progress.status === "Pending" && !journey.enable_async_connect) return page("Connecting your bank", progressScreen(provider.display_name, progress));
  const accounts =
    progress.status === "Completed"
      ? world
          .customerData(journey.customer_id, connections.windows(journey.customer_id))
          ?.accounts()
          .filter((account) => account.provider === provider.provider)
      : undefined;
  return page(progress.status === "Failed" ? "We could not fetch your data" : `${provider.display_name} is connected`, connectedScreen({
    bankName: provider.display_name,
    accounts,
    showAccounts: journey.accounts_summary,
    inBackground: progress.status === "Pending",
    failed: progress.status === "Failed",
    connectMore: journey.connect_more_accounts_button && journey.providers.length > 1,
  }));
}

/** Ends the journey (the URL is used up) and sends the customer back with Bud's customer-link parameters. */
function finish(c: PageContext, journey: StoredConnectJourney, task: StoredConnectTask | undefined, error?: string): Response {
  journey.finished_at = c.var.deps.clock.now();
  c.var.deps.store.changed();
  const back = new URL(journey.redirect_url);
  const failed = error !== undefined;
  back.searchParams.set("status", failed ? "failure" : journey.enable_async_connect ? "pending" : "success");
  if (task) back.searchParams.set("task_id", task.task_id);
  back.searchParams.set("customer_id", journey.customer_id);
  if (failed) back.searchParams.set("error", error);
  return c.redirect(back.toString(), 303);
}

/** The customer's connections with the banks this journey is about. */
function journeyConnections(c: PageContext, journey: StoredConnectJourney) {
  return c.var.deps.connections.forCustomer(journey.customer_id).filter((connection) => journey.providers.includes(connection.provider));
}

/**
 * Answers on the reconfirm, revoke and summary screens. Reconfirming here is the customer's own act at Bud, so it
 * needs no TSP licence: an unexpired consent is extended, an expired or revoked one authorised again.
 */
function manage(c: PageContext, journey: StoredConnectJourney, action: string, consentId: string): Response {
  const { connections, store } = c.var.deps;
  const connection = journeyConnections(c, journey).find((candidate) => candidate.consent_id === consentId);
  switch (action) {
    case "reconfirm":
      if (!connection) return render(c, journey, 400, "Choose one of the banks below.");
      if (!connections.reconfirm(connection)) connections.connect(store.state.customers[journey.customer_id]!, connection.provider);
      return finish(c, journey, undefined);
    case "revoke":
      if (!connection) return render(c, journey, 400, "Choose one of the banks below.");
      connections.revoke(journey.customer_id, connection.provider);
      return finish(c, journey, undefined);
    case "done":
      return finish(c, journey, undefined);
    case "connect":
      journey.initial_screen = "connect_accounts";
      store.changed();
      return again(c, journey);
    case "cancel":
      return finish(c, journey, undefined, CANCELLED);
    default:
      return render(c, journey, 400, "Choose one of the options below.");
  }
}

const again = (c: PageContext, journey: StoredConnectJourney) => c.redirect(`${CONNECT_PAGE_PATH}${journey.token}`, 303);

/** The customer's answer at the bank starts the connect task; allowing it may still fail at the bank. */
function answer(c: PageContext, journey: StoredConnectJourney, allowed: boolean): StoredConnectTask {
  const { connectTasks, store, faults } = c.var.deps;
  const customer = store.state.customers[journey.customer_id]!;
  const provider = journey.provider!;
  if (!allowed) return connectTasks.start(customer, provider, DENIED, 1);
  if (inMaintenance(store.state, provider)) return connectTasks.start(customer, provider, "provider_maintenance", 1);
  const fault = bankFault(faults, provider, "connect", customer.customer_id);
  return fault ? connectTasks.start(customer, provider, fault, 2) : connectTasks.start(customer, provider, "success");
}

export const connectPageRoutes = new Hono<AppEnv>();

connectPageRoutes.get(`${CONNECT_PAGE_PATH}:token`, (c) => {
  const journey = journeyOf(c);
  return journey instanceof Response ? journey : render(c, journey);
});

connectPageRoutes.post(`${CONNECT_PAGE_PATH}:token`, async (c) => {
  const journey = journeyOf(c);
  if (journey instanceof Response) return journey;
  if (!c.var.deps.store.state.customers[journey.customer_id]) return unusable(c, "missing");
  const form = await c.req.parseBody();
  const action = String(form.action ?? "");
  if (manageScreenOf(journey)) return manage(c, journey, action, String(form.consent ?? ""));
  const task = currentTask(c, journey);
  switch (action) {
    case "choose": {
      const provider = String(form.provider ?? "");
      if (journey.provider !== undefined || !journey.providers.includes(provider)) return render(c, journey, 400, "Choose one of the banks below.");
      if (inMaintenance(c.var.deps.store.state, provider)) return render(c, journey, 409, "This bank is in maintenance. Choose another bank or try again later.");
      journey.provider = provider;
      c.var.deps.store.changed();
      return again(c, journey);
    }
    case "approve":
    case "deny": {
      if (journey.provider === undefined || task) return again(c, journey);
      const started = answer(c, journey, action === "approve");
      journey.task_id = started.task_id;
      c.var.deps.store.changed();
      if (action === "deny") return finish(c, journey, started, DENIED);
      return journey.accounts_summary || !journey.skip_success_screen ? again(c, journey) : finish(c, journey, started);
    }
    case "cancel": {
      // Leaving after one bank was connected (with "connect another bank") still reports that bank's task.
      const earlier = journey.task_id === undefined ? undefined : c.var.deps.store.state.connect_tasks[journey.task_id];
      if (journey.provider === undefined) return earlier ? finish(c, journey, earlier) : finish(c, journey, undefined, CANCELLED);
      if (task) return again(c, journey);
      const customer = c.var.deps.store.state.customers[journey.customer_id]!;
      const cancelled = c.var.deps.connectTasks.start(customer, journey.provider, CANCELLED, 1);
      journey.task_id = cancelled.task_id;
      return finish(c, journey, cancelled, CANCELLED);
    }
    case "finish":
      return task ? finish(c, journey, task) : again(c, journey);
    case "another":
      if (task && journey.connect_more_accounts_button && journey.providers.length > 1) {
        delete journey.provider;
        c.var.deps.store.changed();
      }
      return again(c, journey);
    default:
      return render(c, journey, 400, "Choose one of the options below.");
  }
});
