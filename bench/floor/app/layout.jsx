import { Providers } from "@/app/providers";

/**
 * The floor of First Load JS: Budgie's own client providers (TanStack Query, next-themes, nuqs, sonner) around a
 * blank page, so what a Budgie route loads beyond this is what its own page costs.
 */
export default function FloorLayout({ children }) {
  return (
    <html lang="en-GB" suppressHydrationWarning>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
