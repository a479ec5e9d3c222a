import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { budgiePlugin, SERVER_IMPORT_PATTERNS } from "./eslint-rules/server-imports.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "bench/floor/.next/**", "node_modules/**", "lib/bud/generated/**", "sandbox/.data/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env." }],
    },
  },
  {
    // The env module, the stand-in (a separate program), tooling and tests configure themselves from the environment.
    files: ["lib/env/**", "sandbox/**", "scripts/**", "bench/**", "e2e/**", "**/*.test.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Browser code never reaches Bud, the database or auth internals (eslint-rules/server-imports.mjs).
    plugins: { budgie: budgiePlugin },
    rules: { "budgie/no-server-imports-in-client": "error" },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: SERVER_IMPORT_PATTERNS }] },
  },
];
export default config;
