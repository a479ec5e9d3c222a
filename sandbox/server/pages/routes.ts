/**
 * The hosted pages' routes: their stylesheet, the about page (the sandbox banks, the stand-in's today) and an
 * HTML not-found page for anything else under /hosted/, and the Bud Pay page (pay.ts). and the Bud Connect page (connect.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "../context";
import { html } from "./html";
import { hostedPage, PAGES_PREFIX, STYLESHEET_PATH } from "./layout";
import { connectPageRoutes } from "./connect";
import { payPageRoutes } from "./pay";

/** Read once: the file ships with the stand-in and never changes while it runs. */
const STYLESHEET = readFileSync(path.join(import.meta.dirname, "pages.css"), "utf8");

export const pageRoutes = new Hono<AppEnv>();

pageRoutes.get(STYLESHEET_PATH, (c) =>
  c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" }),
);

pageRoutes.get(`${PAGES_PREFIX}about`, (c) => {
  const { world, clock } = c.var.deps;
  const banks = world.providers.map((provider) => {
    // The logo by path, so it loads from whichever host name the page was opened with (CSP img-src 'self').
    const logo = provider.icon ? new URL(provider.icon).pathname : undefined;
    return html`<li>
${logo ? html`<img class="logo" src="${logo}" alt="">` : ""}
<span class="grow"><strong>${provider.display_name}</strong><br><span class="muted">${provider.provider}</span></span>
<span class="muted">${provider.maintenance_status === "active" ? "Available" : "In maintenance"}</span>
</li>`;
  });
  return hostedPage(c, {
    title: "About this sandbox",
    body: html`<p>This server stands in for Bud's Open Banking sandbox so Budgie can be developed and tested offline.
Its banks, customers and transactions are generated; nothing here reaches a real bank.</p>
<section class="card" aria-labelledby="banks">
<h2 id="banks">Sandbox banks</h2>
<ul class="list">${banks}</ul>
</section>
<p class="muted">Today in the sandbox: <time datetime="${clock.today()}">${clock.today()}</time>.</p>`,
  });
});

pageRoutes.route("/", payPageRoutes);
pageRoutes.route("/", connectPageRoutes);

pageRoutes.get(`${PAGES_PREFIX}*`, (c) =>
  hostedPage(c, {
    title: "Page not found",
    status: 404,
    body: html`<p>This sandbox page does not exist. The link may be wrong or out of date.</p>`,
  }),
);
