import { config, type core } from "zod/mini";
import en from "zod/v4/locales/en.js";

/*
 * The zod of every schema the browser imports (forms, URL filters, query builders): zod/mini, whose functional
 * checks leave out classic's methods on every schema and its locales. Turbopack keeps whole modules, so zod core's
 * parsers all come along and a page pays ≈24 kB gzip instead of classic's 30 kB (README → Performance → Pages).
 * Servers parse with the very same schemas, so each rule is still stated once. mini carries no messages of its own,
 * so English is configured here: a message zod writes itself (an unknown option in a URL) reads the same in the
 * browser, in unit tests and on the server, where classic zod configures English as well. Server-only schemas
 * (lib/bud, lib/domain.ts, lib/env) stay on classic zod. Import it as a namespace
 * (`import * as z`): re-exported star by star, so a bundle keeps only the modules used (exporting zod/mini's
 * namespace object instead kept all of it, 85 kB with every locale).
 */
config(en());

export * from "zod/mini";

/**
 * Reports a problem from inside a `z.transform` (classic zod's `ctx.addIssue` there, which mini's transform
 * payload lacks); the transform then returns `z.NEVER`.
 */
export function addIssue(payload: core.ParsePayload, message: string, path?: PropertyKey[]): void {
  payload.issues.push({ code: "custom", message, input: payload.value, ...(path && { path }) });
}
