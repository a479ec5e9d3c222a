import { describe, expect, it } from "vitest";
import { heapFlags } from "./heap.mjs";

describe("the server's heap cap", () => {
  it("is 512 MB unless BUDGIE_HEAP_MB says otherwise", () => {
    expect(heapFlags({})).toEqual(["--max-old-space-size=512"]);
    expect(heapFlags({ BUDGIE_HEAP_MB: "1024" })).toEqual(["--max-old-space-size=1024"]);
  });

  it("leaves a cap set in NODE_OPTIONS alone", () => {
    expect(heapFlags({ NODE_OPTIONS: "--enable-source-maps --max-old-space-size=2048" })).toEqual([]);
  });

  it("refuses a cap that is not a sensible whole number", () => {
    for (const value of ["abc", "12.5", "64"]) expect(() => heapFlags({ BUDGIE_HEAP_MB: value })).toThrow(/BUDGIE_HEAP_MB/);
  });
});
