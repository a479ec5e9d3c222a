import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../start";
import { startTestSandbox } from "../test-support";
import { createTestWorld } from "../test-world";

const HOSTILE = `<script>alert("bank")</script>`;
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({
    publicUrl: "http://sandbox.test:4010",
    world: {
      // A provider whose name is markup: the page must show it as text.
      create: (assetBaseUrl) => {
        const world = createTestWorld(assetBaseUrl);
        return { ...world, providers: world.providers.map((provider) => ({ ...provider, display_name: HOSTILE })) };
      },
      assetsDir: "/nonexistent",
    },
  });
});
afterAll(() => sandbox.close());

const get = (path: string) => fetch(`${sandbox.url}${path}`);

describe("hosted pages", () => {
  it("serve the about page as self-contained HTML behind a strict content security policy", async () => {
    const response = await get("/hosted/about");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    const csp = response.headers.get("content-security-policy") ?? "";
    for (const directive of ["default-src 'none'", "style-src 'self'", "img-src 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<link rel="stylesheet" href="/hosted/pages.css">');
    expect(page).toContain("<h1>About this sandbox</h1>");
    expect(page).toContain(`<time datetime="2024-06-30">2024-06-30</time>`);
    // The logo by path (same origin whatever the host), the hostile name as text, and no script or inline style.
    expect(page).toContain('<img class="logo" src="/assets/providers/Natwest_Sandbox.svg" alt="">');
    expect(page).toContain("&lt;script&gt;alert(&quot;bank&quot;)&lt;/script&gt;");
    expect(page).not.toMatch(/<script|style=/i);
  });

  it("serve their own stylesheet, with light and dark schemes", async () => {
    const response = await get("/hosted/pages.css");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const css = await response.text();
    expect(css).toContain("prefers-color-scheme: dark");
    expect(css).toContain(":focus-visible");
  });

  it("answer an unknown hosted page with an HTML 404", async () => {
    const response = await get("/hosted/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<h1>Page not found</h1>");
  });
});
