import { ChartNoAxesColumn } from "lucide";
import { EmptyState } from "@/components/ui/empty-state";

/** Where a chart or comparison would mislead for a customer whose data has only just started. */
export function NotEnoughData({ description }: { description: string }) {
  return <EmptyState icon={ChartNoAxesColumn} title="Not enough data yet" description={description} />;
}
