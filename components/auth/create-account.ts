/** POST /api/users, keeping the per-field messages that the generic apiFetch error drops. */
export type CreateAccountResult =
  | { ok: true }
  | { ok: false; code: string; message: string; fields: Partial<Record<string, string>> };

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

const FALLBACK = "We couldn’t create your account. Please try again.";

function readError(body: unknown): { code?: unknown; message?: unknown; fields?: unknown } {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "object" && error !== null ? error : {};
}

function stringFields(fields: unknown): Partial<Record<string, string>> {
  if (typeof fields !== "object" || fields === null) return {};
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === "string"));
}

export async function createAccount(account: NewAccount): Promise<CreateAccountResult> {
  let response: Response;
  try {
    response = await fetch("/api/users", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(account),
    });
  } catch {
    return { ok: false, code: "network_error", message: "You appear to be offline. Check your connection and try again.", fields: {} };
  }
  if (response.ok) return { ok: true };
  const error = readError(await response.json().catch(() => null));
  return {
    ok: false,
    code: typeof error.code === "string" ? error.code : "unknown",
    message: typeof error.message === "string" ? error.message : FALLBACK,
    fields: stringFields(error.fields),
  };
}
