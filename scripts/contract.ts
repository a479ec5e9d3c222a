/**
 * Extracts the part of Bud's OpenAPI spec that Budgie and the stand-in use, strips the prose, and writes it
 * as facts to sandbox/contract/bud.json; then generates lib/bud/generated/bud-api.ts from it.
 *
 *   npm run contract [-- path/to/openapi.yaml]   rewrite both files
 *   npm run contract:check                       fail when either committed file is stale
 *
 * Re-running this script is how the contract is updated when Bud's spec changes.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import openapiTS, { astToString } from "openapi-typescript";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = path.resolve(import.meta.dirname, "..");
const contractFile = path.join(root, "sandbox/contract/bud.json");
const typesFile = path.join(root, "lib/bud/generated/bud-api.ts");

/** Every operation Budgie calls or the stand-in serves: path → methods. Add here, then re-run. */
const USED_OPERATIONS: Record<string, string[]> = {
  "/v1/oauth/token": ["post"],
  // Customers
  "/platform/v3/customers": ["get", "post"],
  "/platform/v3/customers/{customer_id}": ["delete"],
  "/platform/v3/customers/{customer_id}/{task_id}": ["get"],
  "/v1/customers": ["post"],
  "/v1/customers/{customer_id}": ["delete"],
  "/v1/customers/{customer_id}/context": ["get", "put"],
  // Open Banking connections
  "/v1/open-banking/providers": ["get"],
  "/v2/open-banking/authorisation-gateway-url": ["post"],
  "/v1/open-banking/connect/{connection_task_id}": ["get"],
  "/open-banking/v2/refresh": ["post"],
  "/open-banking/v2/refresh/{task_id}": ["get"],
  "/v1/open-banking/account-access-consents": ["get"],
  "/v1/open-banking/account-access-consent/revoke": ["post"],
  "/v1/open-banking/account-access-consent/revoke/{task_id}": ["get"],
  "/v1/open-banking/account-access-consents/{consent_id}/reconfirm": ["post"],
  "/v1/provider/{provider}": ["delete"],
  // Financial data
  "/financial/v3/accounts": ["get"],
  "/financial/v3/accounts/{account_id}": ["get"],
  "/financial/v3/accounts/transaction-dates": ["get"],
  "/financial/v3/balances": ["get"],
  "/financial/v3/accounts/{account_id}/balances": ["get"],
  "/financial/v2/transactions": ["get"],
  "/financial/v2/authorised-payments": ["get"],
  // Enrichment and aggregations
  "/resources/v2/categories": ["get"],
  "/resources/v2/categories/models": ["get"],
  "/aggregations/v2/totals/categories": ["get"],
  "/aggregations/v2/totals/categories/trends": ["get"],
  "/aggregations/v2/totals/essential-statistics": ["get"],
  "/v2/merchants/totals": ["get"],
  "/corrections/v2/categories": ["post"],
  // Smart finders (insights)
  "/v1/regular-transactions": ["get"],
  "/v2/future-transactions": ["get"],
  "/v2/income": ["get"],
  "/v1/subscriptions": ["get"],
  // Goals
  "/goals/v1/spending-budgets": ["get", "post", "delete"],
  "/goals/v1/spending-budgets/{budget_id}": ["patch", "delete"],
  "/goals/v1/spending-budgets/{budget_id}/transactions": ["get"],
  "/goals/v2/savings/goal": ["post"],
  "/goals/v2/savings/goals": ["get"],
  "/goals/v2/savings/goals/{savings_goal_id}": ["get", "patch", "delete"],
  // Payments (Bud Pay)
  "/v1/payments/providers": ["get"],
  "/v1/payments/single/bud-pay-url": ["post"],
  "/v1/payments/single/{payment_id}": ["get"],
  "/v1/payments/standing-order/bud-pay-url": ["post"],
  "/v1/payments/standing-order/{payment_id}": ["get"],
  "/v1/payments/scheduled/bud-pay-url": ["post"],
  "/v1/payments/scheduled/{payment_id}": ["get"],
};

/** Keys that carry prose or samples, not facts. */
const PROSE_KEYS = new Set(["description", "summary", "example", "examples", "externalDocs", "tags", "title"]);

/** Removes prose recursively; keys inside `properties` are field names, not keywords, so they stay. */
function stripProse(node: Json, keysAreNames = false): Json {
  if (Array.isArray(node)) return node.map((item) => stripProse(item));
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!keysAreNames && (PROSE_KEYS.has(key) || key.startsWith("x-"))) continue;
    out[key] = stripProse(value, !keysAreNames && key === "properties");
  }
  return out;
}

function collectRefs(node: Json, found: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => collectRefs(item, found));
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") found.add(value);
    else collectRefs(value, found);
  }
}

function resolvePointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`External $ref not supported: ${ref}`);
  let node: Json = doc;
  for (const raw of ref.slice(2).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || Array.isArray(node) || !(part in node)) {
      throw new Error(`Unresolvable $ref: ${ref}`);
    }
    node = (node as JsonObject)[part] as Json;
  }
  return node;
}

function sortKeys(node: Json): Json {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.keys(node)
      .sort()
      .map((key) => [key, sortKeys((node as JsonObject)[key] as Json)]),
  );
}

function extractContract(spec: JsonObject): JsonObject {
  const allPaths = spec.paths as JsonObject;
  const paths: JsonObject = {};
  for (const [route, methods] of Object.entries(USED_OPERATIONS)) {
    const item = allPaths[route] as JsonObject | undefined;
    if (!item) throw new Error(`Bud's spec has no path ${route}`);
    const kept: JsonObject = {};
    if (item.parameters) kept.parameters = item.parameters;
    for (const method of methods) {
      if (!item[method]) throw new Error(`Bud's spec has no ${method.toUpperCase()} ${route}`);
      kept[method] = item[method] as Json;
    }
    paths[route] = stripProse(kept);
  }

  // Copy every component reachable from the kept operations, following refs transitively.
  const components: Record<string, JsonObject> = {};
  const pending = new Set<string>();
  collectRefs(paths, pending);
  const done = new Set<string>();
  while (pending.size > 0) {
    const [ref] = pending;
    pending.delete(ref!);
    if (done.has(ref!)) continue;
    done.add(ref!);
    const [, , section, name] = ref!.split("/");
    const value = stripProse(resolvePointer(spec, ref!));
    (components[section!] ??= {})[name!] = value;
    collectRefs(value, pending);
  }
  const securitySchemes = stripProse((spec.components as JsonObject).securitySchemes as Json);

  return sortKeys({
    openapi: spec.openapi as Json,
    info: { title: "Bud API (Budgie's subset; generated by scripts/contract.ts)", version: (spec.info as JsonObject).version as Json },
    servers: spec.servers as Json,
    paths,
    components: { ...components, securitySchemes },
  }) as JsonObject;
}

async function generateTypes(contract: JsonObject): Promise<string> {
  const ast = await openapiTS(contract as never, { alphabetize: true });
  return `/* Generated by scripts/contract.ts from sandbox/contract/bud.json. Do not edit by hand. */\n${astToString(ast)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const specPath = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? path.join(root, "../shared/bud-api/openapi.yaml"));

  if (check && !existsSync(specPath)) {
    // Without Bud's spec we can still prove the generated types match the committed contract.
    console.warn(`contract: ${specPath} not found; checking the generated types against the committed contract only.`);
  }
  const contract = existsSync(specPath)
    ? extractContract(parse(await readFile(specPath, "utf8"), { maxAliasCount: -1 }) as JsonObject)
    : (JSON.parse(await readFile(contractFile, "utf8")) as JsonObject);
  const contractText = `${JSON.stringify(contract, null, 2)}\n`;
  const typesText = await generateTypes(contract);

  if (check) {
    const stale = [
      [contractFile, contractText],
      [typesFile, typesText],
    ].filter(([file, text]) => !existsSync(file!) || readFileSync(file!, "utf8") !== text);
    if (stale.length > 0) {
      console.error(`contract: stale ${stale.map(([f]) => path.relative(root, f!)).join(", ")}; run \`npm run contract\` and commit.`);
      process.exit(1);
    }
    console.log(`contract: up to date (${Object.keys(contract.paths as JsonObject).length} paths).`);
    return;
  }
  await mkdir(path.dirname(contractFile), { recursive: true });
  await mkdir(path.dirname(typesFile), { recursive: true });
  await writeFile(contractFile, contractText);
  await writeFile(typesFile, typesText);
  console.log(`contract: wrote ${path.relative(root, contractFile)} (${contractText.length} bytes) and ${path.relative(root, typesFile)}.`);
}

await main();
