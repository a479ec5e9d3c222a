/**
 * Server start-up, Node.js runtime only: checks every configuration concern (a production instance without its
 * secrets or Bud credentials stops here with a readable list rather than answering 500s), opens and migrates the
 * database (safe when several instances start together on PostgreSQL; refused when another process holds the
 * PGlite directory) and, in demo mode, seeds the demo users linked to the stand-in's demo customers.
 */
import { appConfig, budConfig, EnvError, secretsConfig } from "@/lib/env";
import { DatabaseUnavailableError, prepareDatabase } from "@/lib/db/client";
import { seedDemoUsers } from "@/lib/demo/seed";

function stop(problem: string): never {
  console.error(`Budgie cannot start.\n${problem}`);
  process.exit(1);
}

// Every concern is checked before stopping, so one start lists every problem (once: secrets also read the app
// concern).
const problems = [appConfig, budConfig, secretsConfig].flatMap((check) => {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return [error.message];
  }
});
if (problems.length > 0) stop([...new Set(problems)].join("\n"));
try {
  await prepareDatabase();
} catch (error) {
  if (!(error instanceof DatabaseUnavailableError)) throw error;
  stop(`  - ${error.message}`);
}
await seedDemoUsers();
