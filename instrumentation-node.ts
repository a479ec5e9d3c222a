/**
 * Server start-up, Node.js runtime only: checks every configuration concern (a production instance without its
 * secrets or Bud credentials stops here with a readable list rather than answering 500s), applies database
 * migrations (safe when several instances start together) and, in demo mode, seeds the demo users linked to the
 * stand-in's demo customers.
 */
import { appConfig, budConfig, EnvError, secretsConfig } from "@/lib/env";
import { prepareDatabase } from "@/lib/db/client";
import { seedDemoUsers } from "@/lib/demo/seed";

try {
  appConfig();
  budConfig();
  secretsConfig();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`Budgie cannot start.\n${error.message}`);
  process.exit(1);
}
await prepareDatabase();
await seedDemoUsers();
