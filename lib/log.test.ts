import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configureLog, currentLogContext, log, withLogContext } from "@/lib/log";

let lines: Record<string, unknown>[];

beforeEach(() => {
  lines = [];
  configureLog({ level: "info", sink: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
});
afterEach(() => {
  configureLog({ level: "info", sink: (line) => process.stdout.write(`${line}\n`) });
});

describe("log hygiene", () => {
  it("never writes a value under a sensitive name, whatever its case or spelling", () => {
    log("info", "test", {
      password: "hunter2-hunter2",
      newPassword: "hunter3",
      client_secret: "s3cret",
      accessToken: "eyJhbGciOi",
      Cookie: "next-auth.session-token=abc",
      authorization: "Bearer abc",
      email: "alex@example.com",
      "e-mail": "alex@example.com",
    });
    const [line] = lines;
    for (const name of ["password", "newPassword", "client_secret", "accessToken", "Cookie", "authorization", "email", "e-mail"]) {
      expect(line?.[name], name).toBe("[redacted]");
    }
    expect(JSON.stringify(lines)).not.toMatch(/hunter|s3cret|eyJ|abc|alex/);
  });

  it("masks email addresses inside any other value", () => {
    log("warn", "test", { message: "no account for Alex.Morgan+bank@example.co.uk, retrying", path: "/api/users" });
    expect(lines[0]).toMatchObject({ message: "no account for [email], retrying", path: "/api/users" });
  });

  it("keeps keyed hashes, ids and numbers as they are", () => {
    log("info", "test", { emailHash: "0f".repeat(16), userId: "user-1", status: 401, ok: false, missing: null });
    expect(lines[0]).toMatchObject({ emailHash: "0f".repeat(16), userId: "user-1", status: 401, ok: false, missing: null });
  });

  it("drops lines below the threshold", () => {
    log("debug", "quiet");
    configureLog({ level: "silent" });
    log("error", "silenced");
    expect(lines).toEqual([]);
  });
});

describe("log context", () => {
  it("adds the request id to every line written inside the context, across awaits", async () => {
    await withLogContext({ requestId: "request-a" }, async () => {
      log("info", "before");
      await new Promise((resolve) => setTimeout(resolve, 1));
      log("info", "after");
    });
    log("info", "outside");
    expect(lines.map(({ event, requestId }) => ({ event, requestId }))).toEqual([
      { event: "before", requestId: "request-a" },
      { event: "after", requestId: "request-a" },
      { event: "outside", requestId: undefined },
    ]);
  });

  it("keeps concurrent requests apart", async () => {
    const request = (id: string, delay: number) =>
      withLogContext({ requestId: id }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        log("info", id);
      });
    await Promise.all([request("slow", 5), request("fast", 1)]);
    expect(lines.map(({ event, requestId }) => [event, requestId])).toEqual([
      ["fast", "fast"],
      ["slow", "slow"],
    ]);
  });

  it("is one store per process, so every bundled copy of this module sees the same context", async () => {
    const store = (globalThis as Record<symbol, unknown>)[Symbol.for("budgie.log.context")];
    expect(store).toBeDefined();
    withLogContext({ requestId: "shared" }, () => {
      expect((store as { getStore(): unknown }).getStore()).toEqual({ requestId: "shared" });
      expect(currentLogContext()).toEqual({ requestId: "shared" });
    });
  });
});
