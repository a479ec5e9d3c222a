import "server-only";
import { z } from "zod";
import { parseSchemaEnv, postgresUrl } from "@/lib/env/parse";

/*
 * Configuration, one module per concern (lib/env/<concern>.ts), each validated on first use and cached; this file
 * keeps `@/lib/env` the one import for all of it.
 */

export { EnvError, resetEnvCacheForTests } from "@/lib/env/parse";
export { budConfig, type BudConfig } from "@/lib/env/bud";
export { appConfig, type AppConfig } from "@/lib/env/app";
export { secretsConfig, type SecretsConfig } from "@/lib/env/secrets";
export { sessionConfig, type SessionConfig } from "@/lib/env/session";
export { mailConfig, perfConfig, rateLimitConfig, type MailConfig, type RateLimitConfig } from "@/lib/env/limits";
export { connectConfig, payConfig, type ConnectConfig, type PayConfig } from "@/lib/env/hosted";

const testSchema = z.object({ TEST_DATABASE_URL: postgresUrl.optional() });

/** Test tooling only: TEST_DATABASE_URL adds PostgreSQL to the engines the database tests run on. */
export function testDatabaseUrl(): string | undefined {
  return parseSchemaEnv("test", testSchema).TEST_DATABASE_URL;
}
