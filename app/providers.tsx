"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider, useTheme } from "next-themes";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Toaster } from "sonner";
import { getQueryClient } from "@/lib/get-query-client";

export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  // Not useState: getQueryClient already keeps one client per browser, and a fresh one per server render.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
        {/* nuqs keeps filters and periods in the URL; one adapter for every page. */}
        <NuqsAdapter>{children}</NuqsAdapter>
        <ThemedToaster />
      </ThemeProvider>
    </QueryClientProvider>
  );
}

/** One toast region for the app (sonner: focus-safe, announced politely), following the chosen theme. */
function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  return <Toaster theme={resolvedTheme === "dark" ? "dark" : "light"} position="bottom-right" closeButton richColors />;
}
