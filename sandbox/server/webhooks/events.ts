/**
 * Which webhooks the stand-in sends, and their bodies as Bud's spec defines them: Connect Completed
 * (OBConnectWebhookBody) when a connect task finishes, refresh v2 per provider (ProviderOBV2WebhookBody) and for the
 * whole task (OBV2WebhookBody) when a refresh task finishes, and a consent webhook (OBConsentWebhookBody) when a
 * consent is reconfirmed, authorised again or revoked (one per consent), and `payment.success` / `payment.failure`
 * (PaymentStatusUpdatedNotificationBody) when a Bud Pay payment reaches its outcome.
 */
import type { SandboxClock } from "../clock";
import { refreshOutcome } from "../connect/refresh-wire";
import type { RefreshTaskRepository } from "../connect/refresh";
import type { ConnectTaskRepository } from "../connect/tasks";
import { isoSeconds } from "../http/dates";
import type { ConnectionRepository } from "../store/connections";
import type { PaymentOutcome, PaymentOutcomes } from "../payments/outcomes";
import type { StoredConnectTask, StoredPayment, StoredRefreshSubTask, StoredRefreshTask } from "../store/state";
import type { WebhookDelivery } from "./delivery";

export function connectWebhook(task: StoredConnectTask, consentId: string | undefined) {
  return {
    data: {
      task_id: task.task_id,
      status: task.result === "success" ? ("Completed" as const) : ("Failed" as const),
      task_type: "connect" as const,
      customer_id: task.customer_id,
      result: task.result,
      provider: task.provider,
      ...(consentId !== undefined && { consent_id: consentId }),
    },
  };
}

function subTaskFields(task: StoredRefreshTask, subTask: StoredRefreshSubTask) {
  return {
    task_id: subTask.task_id,
    status: subTask.status,
    result: subTask.result,
    provider: subTask.provider,
    reconnect_required: subTask.reconnect_required,
    has_new_transactions: subTask.has_new_transactions,
    account_ids: subTask.account_ids,
    consent_ids: subTask.consent_ids,
    ...(subTask.consent_expires_at !== undefined && { consent_details: { id: subTask.consent_ids[0], expiration_date: subTask.consent_expires_at } }),
    start_time: isoSeconds(new Date(task.created_at)),
    refresh_window: task.window,
  };
}

export function providerRefreshWebhook(task: StoredRefreshTask, subTask: StoredRefreshSubTask) {
  return { event: "open_banking.v2.refresh.provider.completed", customer_id: task.customer_id, ...subTaskFields(task, subTask) };
}

export function refreshWebhook(task: StoredRefreshTask) {
  return {
    customer_id: task.customer_id,
    event: "open_banking.v2.refresh.completed",
    has_new_transactions: task.sub_tasks.some((subTask) => subTask.has_new_transactions),
    task_id: task.task_id,
    ...refreshOutcome(task),
    start_time: isoSeconds(new Date(task.created_at)),
    refresh_window: task.window,
    sub_tasks: task.sub_tasks.map((subTask) => subTaskFields(task, subTask)),
  };
}

const PAYMENT_SERVICES = { single: "domestic-single-payment", scheduled: "domestic-scheduled-payment", "standing-order": "domestic-standing-order" } as const;

/** PaymentStatusUpdatedNotificationBody: `user_id` is the payer's `sender.user_id`. */
export function paymentWebhook(payment: StoredPayment, outcome: PaymentOutcome) {
  const { sender } = payment.details as { sender: { user_id: string } };
  return { data: { payment_id: payment.payment_id, service: PAYMENT_SERVICES[payment.kind], user_id: sender.user_id, event: `payment.${outcome}` as const } };
}

/** Sends every webhook through `delivery` from now on. */
export function sendWebhooks(
  sources: {
    connectTasks: ConnectTaskRepository;
    refreshTasks: RefreshTaskRepository;
    connections: ConnectionRepository;
    paymentOutcomes: PaymentOutcomes;
    clock: SandboxClock;
  },
  delivery: WebhookDelivery,
): void {
  sources.connectTasks.onSettled((task, consentId) => delivery.send("connect", task.task_id, connectWebhook(task, consentId), task.customer_id));
  sources.refreshTasks.onCompleted((task) => {
    for (const subTask of task.sub_tasks) {
      delivery.send("open_banking.v2.refresh.provider.completed", subTask.task_id, providerRefreshWebhook(task, subTask), task.customer_id);
    }
    delivery.send("open_banking.v2.refresh.completed", task.task_id, refreshWebhook(task), task.customer_id);
  });
  sources.paymentOutcomes.onOutcome((payment, outcome) => delivery.send(`payment.${outcome}`, payment.payment_id, paymentWebhook(payment, outcome)));
  sources.connections.onConsentEvent((event, connection) => {
    const body = {
      data: {
        event,
        consent_id: connection.consent_id,
        customer_id: connection.customer_id,
        provider: connection.provider,
        updated_at: isoSeconds(new Date(sources.clock.now())),
        ...(event === "open_banking.consent.revoked" && { reason: "bud_revoked" as const }),
      },
    };
    delivery.send(event, connection.consent_id, body, connection.customer_id);
  });
}
