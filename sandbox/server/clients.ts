/**
 * The API clients (Bud Developer Console projects) the stand-in accepts. Configured by SANDBOX_CLIENTS; without
 * it there is one local client whose credentials are committed on purpose (they unlock only dummy data).
 */
import { z } from "zod";
import { constantTimeEqual } from "./secrets";

export const LOCAL_CLIENT_ID = "8711bbef-b357-4c2d-97ca-0d9df4206e9a";
export const LOCAL_CLIENT_SECRET = "budgie-local-sandbox-secret";

const clientSchema = z.object({
  client_id: z.string().min(1),
  // Two secrets may be valid at once so a secret can be rotated without downtime.
  client_secrets: z.array(z.string().min(1)).min(1).max(2),
  host_secrets: z.boolean(),
  /**
   * Whether the client has its own AISP licence (a TSP client) and may call the reconfirm-consent endpoint;
   * Bud fails it for everyone else. Default off, as for the local client.
   */
  can_reconfirm: z.boolean().optional(),
});

export type SandboxClient = z.infer<typeof clientSchema>;

export const LOCAL_CLIENT: SandboxClient = {
  client_id: LOCAL_CLIENT_ID,
  client_secrets: [LOCAL_CLIENT_SECRET],
  host_secrets: false,
};

const clientsSchema = z
  .array(clientSchema)
  .min(1)
  .refine((clients) => new Set(clients.map((client) => client.client_id)).size === clients.length, {
    message: "client_id values must be unique",
  });

/** Parses SANDBOX_CLIENTS; throws an Error whose message says exactly what is wrong. */
export function parseClients(json: string | undefined): SandboxClient[] {
  if (json === undefined || json.trim() === "") return [LOCAL_CLIENT];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`SANDBOX_CLIENTS is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = clientsSchema.safeParse(raw);
  if (!parsed.success) {
    const shape = '{"client_id", "client_secrets": [1-2 strings], "host_secrets": boolean, "can_reconfirm"?: boolean}';
    throw new Error(`SANDBOX_CLIENTS must be a JSON array of ${shape}:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export class ClientRegistry {
  private readonly byId: Map<string, SandboxClient>;

  constructor(readonly all: readonly SandboxClient[]) {
    this.byId = new Map(all.map((client) => [client.client_id, client]));
  }

  get(clientId: string | undefined): SandboxClient | undefined {
    return clientId === undefined ? undefined : this.byId.get(clientId);
  }

  /** The client whose secrets include `secret`; every configured secret is compared, so timing reveals nothing. */
  authenticate(clientId: string, secret: string): SandboxClient | undefined {
    const client = this.byId.get(clientId);
    if (!client) return undefined;
    const matches = client.client_secrets.map((candidate) => constantTimeEqual(candidate, secret));
    return matches.includes(true) ? client : undefined;
  }
}
