"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/*
 * The charts, each in its own chunk with recharts, so only pages that draw one download it. Browser-only: a
 * chart measures its container, and its numbers are in the table alternative for the server render anyway.
 */
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <Skeleton className={`${height} w-full`} />;
  };

export const DonutChart = dynamic(() => import("@/components/charts/donut-chart"), { ssr: false, loading: placeholder("h-56") });
export const LineChart = dynamic(() => import("@/components/charts/line-chart"), { ssr: false, loading: placeholder("h-64") });
export const StackedBarChart = dynamic(() => import("@/components/charts/stacked-bar-chart"), {
  ssr: false,
  loading: placeholder("h-72"),
});
