"use client";

import { CenteredPage } from "@/components/layout/centered-page";
import { inter } from "@/components/layout/inter";
import { Button } from "@/components/ui/button";
import "./globals.css";

/** Replaces the root layout when that itself fails, so it brings its own document, styles and font. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB" className={inter.variable}>
      <body>
        <title>Something went wrong · Budgie</title>
        <CenteredPage>
          <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-2 text-text-muted">Budgie hit a problem loading this page. Please try again.</p>
          <Button className="mt-6 w-full" onClick={retry}>
            Try again
          </Button>
        </CenteredPage>
      </body>
    </html>
  );
}
