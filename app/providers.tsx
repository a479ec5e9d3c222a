"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { getQueryClient } from "@/lib/get-query-client";

export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  // Not useState: getQueryClient already keeps one client per browser, and a fresh one per server render.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
        {children}
      </ThemeProvider>
    </QueryClientProvider>
  );
}
