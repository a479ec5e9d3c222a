/**
 * `npm run sandbox`: the local Bud stand-in on http://127.0.0.1:4010 (configuration: sandbox/README.md).
 */
import { optionsFromEnv } from "./server/config";
import { startSandbox } from "./server/start";

async function main(): Promise<void> {
  let options: ReturnType<typeof optionsFromEnv>;
  try {
    options = optionsFromEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const sandbox = await startSandbox(options);
  console.log(`Bud sandbox listening on ${sandbox.url} (state in ${options.dataDir})`);
  const faults = sandbox.faults.list();
  if (faults.length > 0) console.log(`Fault rules active: ${JSON.stringify(faults)}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await sandbox.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error("Bud sandbox failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
