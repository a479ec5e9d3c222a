/**
 * Server-only internals that browser code must never import: the Bud client (credentials, tokens), the
 * database, and auth internals. Input rules shared with forms live in `lib/rules/` and `lib/schemas/`, which browser code may use.
 * Used twice in eslint.config.mjs: `no-restricted-imports` for everything under components/, and the local rule
 * below for every "use client" file wherever it lives.
 */
export const SERVER_IMPORT_PATTERNS = [
  {
    regex: "^(@/|(\\.\\./)+|\\./)?lib/(bud|db)(/.*)?$",
    message: "Bud and the database are server-only: fetch through lib/queries.ts and our API instead.",
  },
  {
    regex: "^(@/|(\\.\\./)+|\\./)?lib/auth(/.*)?$",
    message: "Auth internals are server-only (pages may use requireUser; browser code may use lib/rules and lib/schemas/auth).",
  },
];

const compiled = SERVER_IMPORT_PATTERNS.map(({ regex, message }) => ({ regex: new RegExp(regex), message }));

function isClientModule(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

/** Reports a server-only import in a file that starts with the "use client" directive. */
export const noServerImportsInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid server-only imports in "use client" modules.' },
    schema: [],
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || typeof node.source?.value !== "string") return;
      const match = compiled.find(({ regex }) => regex.test(node.source.value));
      if (match) context.report({ node: node.source, message: `'${node.source.value}': ${match.message}` });
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const budgiePlugin = { rules: { "no-server-imports-in-client": noServerImportsInClient } };
