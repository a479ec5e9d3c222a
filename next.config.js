/**
 * Static security headers for every response. A page's Content-Security-Policy carries a per-request nonce and is
 * set in proxy.ts; JSON responses render nothing, so API routes get the strictest policy, statically (the proxy
 * does not run for them).
 * @type {import('next').NextConfig}
 */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const apiHeaders = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" }];

const nextConfig = {
  poweredByHeader: false,
  // For measuring what each page's JavaScript is made of (README → Performance → Pages): a build with
  // MEASURE_SOURCE_MAPS=1 writes browser source maps, so each chunk's bytes can be shared out by source module.
  // Never set for a build that is deployed.
  productionBrowserSourceMaps: process.env.MEASURE_SOURCE_MAPS === "1",
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc) before it builds; a build on its own checks types as usual.
  typescript: { ignoreBuildErrors: process.env.BUDGIE_BUILD_TYPECHECKED === "1" },
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled. undici (the Bud client's
  // HTTP layer, lib/bud/http.ts) is loaded as the package itself, never a bundled copy of it.
  serverExternalPackages: ["@electric-sql/pglite", "undici"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiHeaders },
    ];
  },
};

export default nextConfig;
