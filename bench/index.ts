/**
 * `npm run bench`: prints performance figures (never asserted by tests). Runs with the react-server condition
 * so the server-only Bud client can be imported outside Next.
 */
import { configureLog } from "../lib/log";
import { benchApp } from "./app";
import { benchSandbox } from "./sandbox";

configureLog({ level: "silent" });
await benchSandbox();
await benchApp();
process.exit(0);
