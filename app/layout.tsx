import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { Providers } from "@/app/providers";
import { inter } from "@/components/layout/inter";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Budgie", default: "Budgie" },
  description: "All your bank accounts, spending and savings in one calm place.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f7f6" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1311" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The proxy's per-request CSP nonce, so next-themes' inline theme script is allowed to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the theme class on <html> before hydration, which React would otherwise report.
    <html lang="en-GB" className={inter.variable} suppressHydrationWarning>
      <body>
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
