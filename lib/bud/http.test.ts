import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readText } from "@/lib/bud/http";

/** A body of `chunks` chunks of `size` bytes, counting how many were pulled and whether it was cancelled. */
function streamed(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { response: new Response(body), seen };
}

describe("readText", () => {
  it("reads a body within the limit, multi-byte characters across chunks included", async () => {
    const bytes = new TextEncoder().encode('{"name":"Café £"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside the two-byte "é" so decoding must join the chunks first.
        controller.enqueue(bytes.slice(0, 13));
        controller.enqueue(bytes.slice(13));
        controller.close();
      },
    });
    expect(await readText(new Response(body), 1024)).toBe('{"name":"Café £"}');
    expect(await readText(new Response(null), 10)).toBe("");
  });

  it("stops at the limit and cancels the rest instead of buffering it", async () => {
    const { response, seen } = streamed(1_000, 1024);
    await expect(readText(response, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(seen.pulled).toBeLessThanOrEqual(12);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.cancelled).toBe(true);
  });

  it("refuses a declared oversize body without reading any of it", async () => {
    const { response, seen } = streamed(1_000, 1024);
    const declared = { status: 200, body: response.body, headers: new Headers({ "content-length": String(1024 * 1024) }) };
    await expect(readText(declared, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(seen.pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk on creation
  });

  it("accepts a body of exactly the limit", async () => {
    const { response } = streamed(4, 256);
    expect(await readText(response, 1024)).toHaveLength(1024);
  });
});
