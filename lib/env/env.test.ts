import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { appConfig, budConfig, EnvError, resetEnvCacheForTests, secretsConfig, sessionConfig } from "@/lib/env";

const execFileAsync = promisify(execFile);

const KEY_A = Buffer.alloc(32, 1).toString("base64");
const SECRET = "s".repeat(40);

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "budgie-env-"));
  vi.stubEnv("BUDGIE_DATA_DIR", dataDir);
  for (const name of ["BUD_API_URL", "BUD_CLIENT_ID", "BUD_CLIENT_SECRET", "BUD_TIMEOUT_MS", "BUD_DEADLINE_MS", "BUD_API_ALLOW_HTTP"]) {
    vi.stubEnv(name, undefined);
  }
  for (const name of ["BUD_MAX_RESPONSE_BYTES", "BUD_MAX_CONNECTIONS", "BUD_BREAKER_FAILURES", "BUD_BREAKER_WINDOW_MS"]) {
    vi.stubEnv(name, undefined);
  }
  for (const name of ["BUD_BREAKER_MIN_CALLS", "BUD_BREAKER_FAILURE_PERCENT", "BUD_BREAKER_COOLDOWN_MS"]) {
    vi.stubEnv(name, undefined);
  }
  for (const name of ["DATABASE_URL", "BUDGIE_DEMO", "NEXTAUTH_URL", "BUDGIE_ENCRYPTION_KEY", "NEXTAUTH_SECRET"]) {
    vi.stubEnv(name, undefined);
  }
  resetEnvCacheForTests();
});

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCacheForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as Error).message;
  }
  throw new Error("expected an EnvError");
}

describe("sessionConfig", () => {
  it("defaults to 30 minutes idle and 12 hours in all", () => {
    vi.stubEnv("BUDGIE_SESSION_IDLE_MINUTES", undefined);
    vi.stubEnv("BUDGIE_SESSION_LIFETIME_MINUTES", undefined);
    expect(sessionConfig()).toEqual({ idleTimeoutSeconds: 30 * 60, absoluteLifetimeSeconds: 12 * 60 * 60 });
  });

  it("takes both in minutes and refuses an idle timeout longer than the lifetime", () => {
    vi.stubEnv("BUDGIE_SESSION_IDLE_MINUTES", "15");
    vi.stubEnv("BUDGIE_SESSION_LIFETIME_MINUTES", "60");
    expect(sessionConfig()).toEqual({ idleTimeoutSeconds: 15 * 60, absoluteLifetimeSeconds: 60 * 60 });
    resetEnvCacheForTests();
    vi.stubEnv("BUDGIE_SESSION_IDLE_MINUTES", "90");
    expect(errorOf(sessionConfig).split("\n")).toEqual([
      "Invalid session configuration:",
      "  - BUDGIE_SESSION_IDLE_MINUTES: must not be longer than BUDGIE_SESSION_LIFETIME_MINUTES",
    ]);
  });
});

describe("budConfig", () => {
  it("lists every missing or invalid variable, one line each, without echoing values", () => {
    vi.stubEnv("BUD_API_URL", "ftp://bud.example");
    vi.stubEnv("BUD_TIMEOUT_MS", "soon");
    const message = errorOf(budConfig);
    expect(message.split("\n")).toEqual([
      "Invalid Bud API configuration:",
      "  - BUD_API_URL: must be an http(s) URL",
      "  - BUD_CLIENT_ID: is required (your Bud client id)",
      "  - BUD_CLIENT_SECRET: is required (your Bud client secret)",
      "  - BUD_TIMEOUT_MS: must be a whole number of milliseconds",
    ]);
    expect(message).not.toContain("ftp://");
  });

  it("applies defaults and treats blank values as unset", () => {
    vi.stubEnv("BUD_API_URL", "http://127.0.0.1:4010");
    vi.stubEnv("BUD_CLIENT_ID", "client");
    vi.stubEnv("BUD_CLIENT_SECRET", "secret");
    vi.stubEnv("BUD_TIMEOUT_MS", "");
    expect(budConfig()).toEqual({
      apiUrl: "http://127.0.0.1:4010",
      clientId: "client",
      clientSecret: "secret",
      timeoutMs: 10_000,
      deadlineMs: 20_000,
      maxResponseBytes: 26_214_400,
      maxConnections: 50,
      breaker: { consecutiveFailures: 5, windowMs: 30_000, minCallsInWindow: 10, failureRatio: 0.5, cooldownMs: 30_000 },
    });
  });

  it("reads the response cap, pool size and circuit breaker numbers, and refuses nonsense", () => {
    vi.stubEnv("BUD_API_URL", "https://api.bud.example");
    vi.stubEnv("BUD_CLIENT_ID", "client");
    vi.stubEnv("BUD_CLIENT_SECRET", "secret");
    vi.stubEnv("BUD_MAX_RESPONSE_BYTES", "1048576");
    vi.stubEnv("BUD_BREAKER_FAILURE_PERCENT", "75");
    vi.stubEnv("BUD_BREAKER_COOLDOWN_MS", "5000");
    expect(budConfig()).toMatchObject({ maxResponseBytes: 1_048_576, breaker: { failureRatio: 0.75, cooldownMs: 5_000 } });

    resetEnvCacheForTests();
    vi.stubEnv("BUD_BREAKER_FAILURE_PERCENT", "150");
    vi.stubEnv("BUD_MAX_CONNECTIONS", "many");
    expect(errorOf(budConfig).split("\n").slice(1)).toEqual([
      "  - BUD_MAX_CONNECTIONS: must be a whole number",
      "  - BUD_BREAKER_FAILURE_PERCENT: must be at most 100",
    ]);
  });

  it("refuses a deadline shorter than the per-attempt timeout", () => {
    vi.stubEnv("BUD_API_URL", "https://api.bud.example");
    vi.stubEnv("BUD_CLIENT_ID", "client");
    vi.stubEnv("BUD_CLIENT_SECRET", "secret");
    vi.stubEnv("BUD_TIMEOUT_MS", "5000");
    vi.stubEnv("BUD_DEADLINE_MS", "1000");
    expect(errorOf(budConfig)).toContain("BUD_DEADLINE_MS: must not be shorter than BUD_TIMEOUT_MS");
  });

  it("insists on https in production, unless explicitly allowed for a local stand-in", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BUD_API_URL", "http://127.0.0.1:4010");
    vi.stubEnv("BUD_CLIENT_ID", "client");
    vi.stubEnv("BUD_CLIENT_SECRET", "secret");
    expect(errorOf(budConfig).split("\n")).toEqual([
      "Invalid Bud API configuration:",
      "  - BUD_API_URL: must be an https URL in production (BUD_API_ALLOW_HTTP=true allows http, for a local stand-in in a demo only)",
    ]);
    vi.stubEnv("BUD_API_ALLOW_HTTP", "true");
    resetEnvCacheForTests();
    expect(budConfig().apiUrl).toBe("http://127.0.0.1:4010");
    vi.stubEnv("BUD_API_ALLOW_HTTP", "false");
    vi.stubEnv("BUD_API_URL", "https://api.bud.example");
    resetEnvCacheForTests();
    expect(budConfig().apiUrl).toBe("https://api.bud.example");
  });
});

describe("appConfig", () => {
  it("has working defaults", () => {
    expect(appConfig()).toEqual({
      isProduction: false,
      dataDir,
      databaseUrl: undefined,
      demo: false,
      appUrl: undefined,
    });
  });

  it("requires the public URL in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(errorOf(appConfig).split("\n")).toEqual([
      "Invalid app configuration:",
      "  - NEXTAUTH_URL: is required in production (the app's public URL, e.g. https://budgie.example.com)",
    ]);
    vi.stubEnv("NEXTAUTH_URL", "https://budgie.example.com");
    resetEnvCacheForTests();
    expect(appConfig()).toMatchObject({ isProduction: true, appUrl: "https://budgie.example.com" });
  });

  it("lists invalid values", () => {
    vi.stubEnv("DATABASE_URL", "mysql://db/budgie");
    vi.stubEnv("BUDGIE_DEMO", "yes");
    expect(errorOf(appConfig).split("\n")).toEqual([
      "Invalid app configuration:",
      "  - DATABASE_URL: must be a postgres:// or postgresql:// URL",
      '  - BUDGIE_DEMO: must be "true" or "false"',
    ]);
  });
});

describe("secretsConfig", () => {
  // Production also needs its public URL (appConfig, read first).
  beforeEach(() => vi.stubEnv("NEXTAUTH_URL", "https://budgie.example.com"));

  it("refuses to start in production without the encryption key and the session secret", () => {
    vi.stubEnv("NODE_ENV", "production");
    const message = errorOf(secretsConfig);
    expect(message).toMatch(/BUDGIE_ENCRYPTION_KEY: is required in production/);
    expect(message).toMatch(/NEXTAUTH_SECRET: is required in production/);
    expect(fs.existsSync(path.join(dataDir, "dev-secrets.json"))).toBe(false);
  });

  it("uses the configured values in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BUDGIE_ENCRYPTION_KEY", KEY_A);
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    const secrets = secretsConfig();
    expect(secrets.nextAuthSecret).toBe(SECRET);
    expect(secrets.encryptionKeys.map((key) => key.key.toString("base64"))).toEqual([KEY_A]);
  });

  it("rejects a short session secret and a malformed key, without quoting them", () => {
    vi.stubEnv("BUDGIE_ENCRYPTION_KEY", "not-a-key");
    vi.stubEnv("NEXTAUTH_SECRET", "short");
    const message = errorOf(secretsConfig);
    expect(message).toContain("BUDGIE_ENCRYPTION_KEY: the value is not 32 random bytes in base64");
    expect(message).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(message).not.toContain("not-a-key");
  });

  it("generates development secrets once, with owner-only permissions, and reuses them", () => {
    const first = secretsConfig();
    const file = path.join(dataDir, "dev-secrets.json");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    resetEnvCacheForTests();
    const second = secretsConfig();
    expect(second.nextAuthSecret).toBe(first.nextAuthSecret);
    expect(second.encryptionKeys[0]?.id).toBe(first.encryptionKeys[0]?.id);
  });

  it("keeps the development secrets stable across processes, even two starting at once", async () => {
    const script = path.join(dataDir, "print-secrets.mts");
    fs.writeFileSync(
      script,
      [
        'const { secretsConfig } = await import("@/lib/env");',
        "const { encryptionKeys, nextAuthSecret } = secretsConfig();",
        "console.log(JSON.stringify([encryptionKeys[0].id, nextAuthSecret]));",
      ].join("\n"),
    );
    const run = async () => {
      const { stdout } = await execFileAsync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", script], {
        env: { ...process.env, BUDGIE_DATA_DIR: dataDir },
      });
      return stdout.trim().split("\n").at(-1) ?? "";
    };
    const [first, second] = await Promise.all([run(), run()]);
    expect(first).toMatch(/^\["[0-9a-f]{8}","/);
    expect(second).toBe(first);
    const [id, nextAuthSecret] = JSON.parse(first) as [string, string];
    expect(secretsConfig()).toMatchObject({ nextAuthSecret, encryptionKeys: [expect.objectContaining({ id })] });
  });

  it("takes a set variable over the development file", () => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    expect(secretsConfig().nextAuthSecret).toBe(SECRET);
  });

  it("refuses a corrupted development file instead of replacing the key", () => {
    fs.writeFileSync(path.join(dataDir, "dev-secrets.json"), "{");
    expect(secretsConfig).toThrow(/malformed.*delete it/s);
  });
});

describe("hosted journey origins", () => {
  beforeEach(() => {
    for (const name of ["BUD_CONNECT_ORIGIN", "BUD_PAY_ORIGIN"]) vi.stubEnv(name, undefined);
  });

  it("sends payments to BUD_PAY_ORIGIN when set, else Bud's gateway for Bud's hosts, else the API's own origin", async () => {
    const { connectConfig, payConfig } = await import("@/lib/env");
    vi.stubEnv("BUD_API_URL", "https://api.thisisbud.com/v1");
    expect(payConfig().payOrigin).toBe("https://auth.gateway.thisisbud.com");
    resetEnvCacheForTests();
    vi.stubEnv("BUD_API_URL", "http://127.0.0.1:4010");
    expect(payConfig().payOrigin).toBe("http://127.0.0.1:4010");
    expect(connectConfig().connectOrigin).toBe("http://127.0.0.1:4010");
    resetEnvCacheForTests();
    vi.stubEnv("BUD_PAY_ORIGIN", "http://localhost:4220/hosted/pay");
    expect(payConfig().payOrigin).toBe("http://localhost:4220");
    resetEnvCacheForTests();
    vi.stubEnv("BUD_PAY_ORIGIN", "ftp://example.com");
    expect(() => payConfig()).toThrow(/BUD_PAY_ORIGIN: must be an http\(s\) URL/);
  });
});
