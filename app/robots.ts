import type { MetadataRoute } from "next";

/** Budgie is a private dashboard: only the ways in are public pages; nothing behind them should be crawled. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: ["/sign-in", "/sign-up"], disallow: "/" } };
}
