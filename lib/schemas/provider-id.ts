import * as z from "@/lib/schemas/zod";

/**
 * Bud's provider ids ("Natwest_Sandbox"): letters, digits and a few separators, never a path or a URL. Its own
 * module, on zod/mini, because the payment form loads it while the rest of Connect's shapes stay server-side.
 */
export const ProviderId = z.string().check(z.trim(), z.minLength(1), z.maxLength(100), z.regex(/^[\w.-]+$/, "Not a bank we know"));
