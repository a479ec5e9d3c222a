/**
 * Runs once when a server instance starts: checks every configuration concern (a production instance without
 * its secrets, or without Bud credentials, stops here with a readable list rather than answering 500s), applies
 * database migrations (safe when several instances start together) and, in demo mode, seeds the demo users
 * linked to the stand-in's demo customers.
 */
export async function register(): Promise<void> {
  // Next also evaluates this file for the edge runtime, where neither the database nor Node APIs exist.
  // eslint-disable-next-line no-restricted-properties -- NEXT_RUNTIME is set by Next itself, not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appConfig, budConfig, EnvError, secretsConfig } = await import("@/lib/env");
  try {
    appConfig();
    budConfig();
    secretsConfig();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Budgie cannot start.\n${error.message}`);
    process.exit(1);
  }
  const { prepareDatabase } = await import("@/lib/db/client");
  const { seedDemoUsers } = await import("@/lib/demo/seed");
  await prepareDatabase();
  await seedDemoUsers();
}
