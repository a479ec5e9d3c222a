import { describe, expect, it } from "vitest";
import { html } from "./html";
import { contentSecurityPolicy, layout } from "./layout";

describe("hosted page layout", () => {
  it("frames a page with its title escaped, the stylesheet, and a footer saying no real bank is involved", () => {
    const page = layout(`Pay <Tom & Jess>`, html`<p>Body</p>`).value;
    expect(page).toContain("<title>Pay &lt;Tom &amp; Jess&gt; · Bud sandbox</title>");
    expect(page).toContain("<h1>Pay &lt;Tom &amp; Jess&gt;</h1>\n<p>Body</p>");
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("no real bank");
  });

  it("lets forms post to the stand-in and to the origins a page names (Connect's redirect_url), nowhere else", () => {
    expect(contentSecurityPolicy([])).toContain("form-action 'self';");
    expect(contentSecurityPolicy(["http://localhost:3000"])).toContain("form-action 'self' http://localhost:3000;");
  });
});
