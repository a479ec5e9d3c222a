/**
 * The frame every hosted page shares (the about page now; Bud Connect and Bud Pay next): a document with the
 * pages' own stylesheet, a header naming the sandbox, the page's content and a footer saying no real bank is
 * involved. Pages return `hostedPage(c, …)`, which also sets the headers every hosted page needs.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../context";
import { html, type SafeHtml } from "./html";

/** Everything the hosted pages serve lives under this prefix, on the stand-in's own origin. */
export const PAGES_PREFIX = "/hosted/";
export const STYLESHEET_PATH = `${PAGES_PREFIX}pages.css`;

export interface PageOptions {
  /** The document title and the page's heading. */
  title: string;
  body: SafeHtml;
  status?: ContentfulStatusCode;
  /**
   * Origins a form on this page may submit or be redirected to besides the stand-in itself (e.g. Connect's
   * `redirect_url` origin): Chromium applies form-action to the redirect that follows a form post.
   */
  formTargets?: readonly string[];
}

export function layout(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${title} · Bud sandbox</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="site"><span class="brand">Bud</span> <span class="badge">Sandbox</span></header>
<main>
<h1>${title}</h1>
${body}
</main>
<footer class="site">A local stand-in for Bud's sandbox: no real bank, account or money is involved.</footer>
</body>
</html>
`;
}

/**
 * No script, no inline style, nothing from another origin: the pages work without JavaScript, and the policy
 * makes any injected markup inert even if escaping were ever bypassed.
 */
function contentSecurityPolicy(formTargets: readonly string[]): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    `form-action ${["'self'", ...formTargets].join(" ")}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

export function hostedPage(c: Context<AppEnv>, { title, body, status = 200, formTargets = [] }: PageOptions): Response {
  return c.html(layout(title, body).value, status, {
    "Content-Security-Policy": contentSecurityPolicy(formTargets),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
  });
}
