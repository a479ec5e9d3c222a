import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml } from "./html";

describe("html", () => {
  it("escapes every interpolated string, in text and in quoted attributes", () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>",
    );
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).not.toMatch(/[<>"]/);
  });

  it("inserts markup made by html as is, joins lists and prints nothing for empty values", () => {
    const items = ["a<b", "c"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("never trusts a string that merely looks like markup", () => {
    const smuggled = { value: "<b>bold</b>", toString: () => "<b>bold</b>" } as unknown as string;
    expect(html`${smuggled}`.value).toBe("&lt;b&gt;bold&lt;/b&gt;");
    expect(html`${new SafeHtml("<b>ok</b>")}`.value).toBe("<b>ok</b>");
  });
});
