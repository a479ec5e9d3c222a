/**
 * GET /assets/* — the world's logos (the stand-in's assets.thisisbud.com), public like Bud's, cacheable for a day.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "../context";
import { routeNotFound } from "../http/errors";

const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

export const assetRoutes = new Hono<AppEnv>();

assetRoutes.get("/assets/*", async (c) => {
  const root = path.resolve(c.var.deps.assetsDir);
  const relative = decodeURIComponent(c.req.path.slice("/assets/".length));
  const file = path.resolve(root, relative);
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  // Resolving first and checking the prefix after keeps `..` and encoded slashes inside the assets directory.
  if (!contentType || !file.startsWith(root + path.sep)) throw routeNotFound();
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    throw routeNotFound();
  }
  return c.body(new Uint8Array(content), 200, { "Content-Type": contentType, "Cache-Control": "public, max-age=86400" });
});
