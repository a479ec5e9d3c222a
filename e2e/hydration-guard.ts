import type { BrowserContext } from "@playwright/test";

/**
 * React's production build reports a page whose server HTML its first browser render did not match as a minified
 * error (#418 and its kin) and quietly renders that part again in the browser: nothing a user sees fails, but the
 * server's HTML was wasted and a choice made in it may be lost. Collects those reports from every page of a context.
 * Not #419: a boundary whose server render failed (a widget's upstream error) is rendered in the browser by design.
 */
const HYDRATION_ERROR = /Minified React error #(418|422|423|425)\b|Hydration failed/i;

export function watchHydrationErrors(context: BrowserContext): () => string[] {
  const errors: string[] = [];
  context.on("weberror", (error) => {
    const text = String(error.error().message ?? error.error());
    if (HYDRATION_ERROR.test(text)) errors.push(`${error.page()?.url()}: ${text.slice(0, 300)}`);
  });
  context.on("console", (message) => {
    if (message.type() === "error" && HYDRATION_ERROR.test(message.text())) errors.push(`${message.location().url}: ${message.text().slice(0, 300)}`);
  });
  return () => errors;
}
