import { describe, expect, it } from "vitest";
import { LOCAL_CLIENT, parseClients } from "./clients";
import { DEFAULT_DATA_DIR, optionsFromEnv } from "./config";

describe("configuration from the environment", () => {
  it("has defaults for everything", () => {
    expect(optionsFromEnv({ SANDBOX_PORT: "" })).toEqual({
      port: 4010,
      dataDir: DEFAULT_DATA_DIR,
      publicUrl: undefined,
      seed: undefined,
      today: undefined,
      tokenTtlSeconds: 3600,
      latencyMs: 0,
      clients: [LOCAL_CLIENT],
      faults: [],
      warmUp: true,
    });
    expect(DEFAULT_DATA_DIR).toMatch(/sandbox[/\\]\.data$/);
  });

  it("reads every variable", () => {
    const options = optionsFromEnv({
      SANDBOX_PORT: "0",
      SANDBOX_DATA_DIR: "/tmp/x",
      SANDBOX_PUBLIC_URL: "https://bud.example",
      SANDBOX_SEED: "s",
      SANDBOX_TODAY: "2025-01-31",
      SANDBOX_TOKEN_TTL_SECONDS: "60",
      SANDBOX_LATENCY_MS: "25",
      SANDBOX_CLIENTS: '[{"client_id":"a","client_secrets":["1","2"],"host_secrets":true,"can_reconfirm":true}]',
      SANDBOX_FAULTS: '[{"path":"/financial/*","status":503,"times":1}]',
      SANDBOX_CONNECT_STEP_MS: "0",
      SANDBOX_WEBHOOK_URL: "http://localhost:3000/api/webhooks/bud",
    });
    expect(options).toMatchObject({ port: 0, tokenTtlSeconds: 60, latencyMs: 25, today: "2025-01-31", connectStepMs: 0, webhookUrl: "http://localhost:3000/api/webhooks/bud" });
    expect(options.clients).toEqual([{ client_id: "a", client_secrets: ["1", "2"], host_secrets: true, can_reconfirm: true }]);
    expect(options.faults).toEqual([{ path: "/financial/*", status: 503, times: 1 }]);
  });

  it("fails with messages that name the problem", () => {
    expect(() => optionsFromEnv({ SANDBOX_PORT: "http" })).toThrow(/SANDBOX_PORT/);
    expect(() => parseClients("[{")).toThrow(/SANDBOX_CLIENTS is not valid JSON/);
    expect(() => parseClients('[{"client_id":"a","client_secrets":[],"host_secrets":false}]')).toThrow(/client_secrets/);
    const twice = JSON.stringify([LOCAL_CLIENT, { ...LOCAL_CLIENT, client_secrets: ["other"] }]);
    expect(() => parseClients(twice)).toThrow(/unique/);
    expect(() => optionsFromEnv({ SANDBOX_FAULTS: '[{"path":"/x","hang":"yes"}]' })).toThrow(/SANDBOX_FAULTS[\s\S]*hang/);
    expect(() => optionsFromEnv({ SANDBOX_WEBHOOK_URL: "ftp://example.com/hook" })).toThrow(/SANDBOX_WEBHOOK_URL/);
    expect(() => optionsFromEnv({ SANDBOX_CONNECT_STEP_MS: "-1" })).toThrow(/SANDBOX_CONNECT_STEP_MS/);
  });
});
