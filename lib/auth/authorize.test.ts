import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { configureLog, withLogContext } from "@/lib/log";
import { emailHash } from "@/lib/security/events";

const getBudCustomer = vi.hoisted(() => vi.fn(async () => ({ customerId: "customer-1", customerSecret: null })));
vi.mock("@/lib/customer-link", () => ({ getBudCustomer }));

const PASSWORD = "correct horse battery";
const HEADERS = { "x-forwarded-for": "203.0.113.7" };

describe.each(testEngines())("sign-in security events on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  let lines: string[];
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(async () => {
    await insertTestUser(testDb.db, { passwordHash });
    lines = [];
    configureLog({ sink: (line) => lines.push(line) });
  });
  afterEach(() => configureLog({ sink: (line) => process.stdout.write(`${line}\n`) }));

  const events = () =>
    lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter(({ event }) => String(event).startsWith("security."));

  it("logs a success with the user id, the request id and a keyed hash of the email, never the email", async () => {
    const user = await withLogContext({ requestId: "request-1" }, () =>
      authorizeCredentials({ email: "Alex@Example.com", password: PASSWORD }, HEADERS),
    );
    expect(events()).toEqual([
      expect.objectContaining({
        level: "info",
        event: "security.sign_in",
        requestId: "request-1",
        userId: user?.id,
        emailHash: emailHash("alex@example.com"),
        ip: "203.0.113.7",
      }),
    ]);
    expect(lines.join("\n")).not.toMatch(/alex@|example\.com|correct horse/i);
  });

  it("logs a failure the same way for a wrong password and an unknown email, with neither in clear", async () => {
    await authorizeCredentials({ email: "alex@example.com", password: "wrong password!" }, HEADERS);
    await authorizeCredentials({ email: "nobody@example.com", password: "wrong password!" }, HEADERS);
    expect(events().map(({ event, reason }) => ({ event, reason }))).toEqual([
      { event: "security.sign_in_failed", reason: "bad_credentials" },
      { event: "security.sign_in_failed", reason: "bad_credentials" },
    ]);
    expect(lines.join("\n")).not.toMatch(/alex@|nobody|example\.com|wrong password/i);
  });

  it("answers an email the database cannot hold (a NUL) as a failed sign-in, not an error", async () => {
    await expect(authorizeCredentials({ email: "alex\u0000@example.com", password: PASSWORD }, HEADERS)).resolves.toBeNull();
    expect(events()).toEqual([expect.objectContaining({ event: "security.sign_in_failed" })]);
  });
});
