import type { BrowserContext } from "@playwright/test";

/**
 * Collects Content-Security-Policy violations in a browser context. Chromium reports each one on the console
 * ("Refused to send form data to … because it violates … form-action"), ours and the stand-in's hosted pages'
 * alike; the fixtures fail any test that caused one.
 */
export function watchCspViolations(context: BrowserContext): () => string[] {
  const violations: string[] = [];
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
  return () => violations;
}
