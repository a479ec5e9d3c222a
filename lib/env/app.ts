import "server-only";
import path from "node:path";
import { z } from "zod";
import { cached, parseSchemaEnv, postgresUrl, trueOrFalse } from "@/lib/env/parse";

export interface AppConfig {
  isProduction: boolean;
  /** Absolute path of the directory for PGlite and development secrets. */
  dataDir: string;
  /** PostgreSQL instead of PGlite when set. */
  databaseUrl: string | undefined;
  /** Seeds the demo users at start-up. */
  demo: boolean;
  /** The public URL (NEXTAUTH_URL); always set in production. */
  appUrl: string | undefined;
}

const appSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    BUDGIE_DATA_DIR: z.string().default("./.data"),
    DATABASE_URL: postgresUrl.optional(),
    BUDGIE_DEMO: trueOrFalse("false"),
    NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  })
  // Sign-in redirects and the Origin check on mutating routes rely on it; a guess from the Host header would
  // let any request choose it.
  .refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_URL !== undefined, {
    path: ["NEXTAUTH_URL"],
    message: "is required in production (the app's public URL, e.g. https://budgie.example.com)",
  });

export function appConfig(): AppConfig {
  return cached("app", () => {
    const env = parseSchemaEnv("app", appSchema);
    return {
      isProduction: env.NODE_ENV === "production",
      dataDir: path.resolve(env.BUDGIE_DATA_DIR),
      databaseUrl: env.DATABASE_URL,
      demo: env.BUDGIE_DEMO === "true",
      appUrl: env.NEXTAUTH_URL,
    };
  });
}
