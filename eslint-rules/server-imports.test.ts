import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's real config, so this proves the rules as wired in eslint.config.mjs, not a copy of them.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports" || message.ruleId === "budgie/no-server-imports-in-client")
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe("server-only imports in browser code", () => {
  it("are refused in a \"use client\" module outside components/", async () => {
    const code = '"use client";\nimport { getBudClient } from "@/lib/bud/client";\nexport const x = getBudClient;\n';
    expect(await problems(code, "app/some-client.tsx")).toEqual([
      expect.stringMatching(/^budgie\/no-server-imports-in-client: '@\/lib\/bud\/client': Bud and the database/),
    ]);
  });

  it("are refused for the database and auth internals too, by relative path as well", async () => {
    const code = [
      '"use client";',
      'import { getDb } from "../lib/db/client";',
      'import { getCurrentUser } from "@/lib/auth/session";',
      "export const x = [getDb, getCurrentUser];",
    ].join("\n");
    expect(await problems(code, "app/other-client.tsx")).toHaveLength(2);
  });

  it("are refused anywhere under components/, client or not", async () => {
    const code = 'import { requireUser } from "@/lib/auth/require-user";\nexport const x = requireUser;\n';
    expect(await problems(code, "components/accounts/example.tsx")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Auth internals are server-only/),
    ]);
  });

  it("allow the shared auth input rules, and server pages keep requireUser", async () => {
    const client = '"use client";\nimport { signUpSchema } from "@/lib/schemas/auth";\nexport const x = signUpSchema;\n';
    expect(await problems(client, "components/auth/example.tsx")).toEqual([]);
    const page = 'import { requireUser } from "@/lib/auth/require-user";\nexport const x = requireUser;\n';
    expect(await problems(page, "app/(app)/example/page.tsx")).toEqual([]);
  });
});
