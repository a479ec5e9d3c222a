import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/*
 * The signed-out forms, /settings and the payment form check input with lib/rules (the payment form with
 * lib/payments/form.ts) and keep their own state, never zod (≈24 kB of the page) or react-hook-form (13 kB;
 * README → Performance → Pages). A module that imports either, however far
 * down, would bring it back, so every client module of theirs is bundled here (esbuild follows the whole graph,
 * lazy imports included) and the modules it reached are searched for them. So is the /transactions page's client
 * entry, whose URL filters are checked with lib/rules/transaction-filters.ts (zod was ≈20 kB of its first load).
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const FOLDERS = ["components/auth", "components/settings"];
/** The payment form's entries (the other payment components, the list's and the status pages', need not be here). */
const PAYMENT_FORMS = ["components/payments/payment-form.tsx", "components/payments/payment-again-form.tsx"];

const clientModules = [
  ...FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
      .map((file) => path.join(folder, file))
      .filter((file) => readFileSync(path.join(ROOT, file), "utf8").startsWith('"use client";')),
  ),
  ...PAYMENT_FORMS,
];

/** Every module the bundle reached, and every package it left outside (by import path). */
async function importGraph(entry: string): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    format: "esm",
    jsx: "automatic",
    logLevel: "silent",
  });
  return Object.entries(metafile.inputs).flatMap(([input, { imports }]) => [input, ...imports.map((imported) => imported.path)]);
}

/** zod itself, our module that configures it, react-hook-form and its resolvers. */
const formLibrariesIn = (graph: string[]) =>
  graph.filter((module) => /^zod(\/|$)|^lib\/schemas\/zod\.ts$|^react-hook-form$|^@hookform\//.test(module));

describe("forms that check their own input", () => {
  it("include the forms of sign-up, forgotten passwords, settings and payments", () => {
    expect(clientModules).toEqual(
      expect.arrayContaining([
        "components/auth/sign-up-form.tsx",
        "components/auth/forgot-password-form.tsx",
        "components/auth/reset-password-form.tsx",
        "components/settings/profile-form.tsx",
        "components/settings/password-form.tsx",
        "components/settings/delete-account-dialog.tsx",
        "components/payments/payment-form.tsx",
        "components/payments/payment-again-form.tsx",
      ]),
    );
  });

  it.each(clientModules)("%s reaches neither zod nor react-hook-form, directly or through another module", async (entry) => {
    expect(formLibrariesIn(await importGraph(entry))).toEqual([]);
  });

  it("would be caught importing them through another module", async () => {
    // The budget form checks with its zod schema (lib/schemas/budgets.ts → lib/schemas/zod.ts → zod/mini).
    expect(formLibrariesIn(await importGraph("components/budgets/budget-form.tsx"))).toEqual(
      expect.arrayContaining(["lib/schemas/zod.ts", "zod/mini", "react-hook-form"]),
    );
  });
});

describe("the /transactions page", () => {
  it("reaches neither zod nor react-hook-form from its client entry, its lazily loaded drawer included", async () => {
    expect(formLibrariesIn(await importGraph("components/transactions/transactions-view.tsx"))).toEqual([]);
  });
});
