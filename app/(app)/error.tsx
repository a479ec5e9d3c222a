"use client";

import { PageError } from "@/components/layout/page-error";

// Next 16 passes `retry`, which re-fetches the segment's server data as well as re-rendering it.
export default function AppError({ retry }: { error: unknown; retry: () => void }) {
  return <PageError onRetry={retry} />;
}
