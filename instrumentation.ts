/**
 * Runs once when a server instance starts: applies database migrations (safe when several instances start
 * together) and, in demo mode, seeds the demo users linked to the stand-in's demo customers.
 */
export async function register(): Promise<void> {
  // Next also evaluates this file for the edge runtime, where neither the database nor Node APIs exist.
  // eslint-disable-next-line no-restricted-properties -- NEXT_RUNTIME is set by Next itself, not configuration.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("@/lib/db/client");
  const { seedDemoUsers } = await import("@/lib/demo/seed");
  await prepareDatabase();
  await seedDemoUsers();
}
