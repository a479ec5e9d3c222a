import path from "node:path";

/**
 * The floor of the stack for `npm run bench`: a bare Next.js app, built from Budgie's node_modules, whose one
 * route returns a constant JSON body. No proxy, no headers config, no session: what any route costs here.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default nextConfig;
