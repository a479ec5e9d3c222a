/**
 * `npm run bench`: prints performance figures (never asserted by tests). Runs with the react-server condition
 * so the server-only Bud client can be imported outside Next. `npm run bench -- app` (or `sandbox`, `transactions`, `pages`) runs one part.
 */
import { configureLog } from "../lib/log";
import { benchApp } from "./app";
import { benchPages } from "./pages";
import { benchSandbox } from "./sandbox";
import { benchTransactions } from "./transactions";

configureLog({ level: "silent" });
const only = process.argv[2];
if (!only || only === "sandbox") await benchSandbox();
if (!only || only === "app") await benchApp();
if (!only || only === "transactions") await benchTransactions();
if (!only || only === "pages") await benchPages();
process.exit(0);
