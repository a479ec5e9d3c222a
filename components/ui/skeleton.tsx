import { cn } from "@/components/ui/cn";

/** A placeholder block; size it with classes. Hidden from assistive tech: the region says it is busy instead. */
export function Skeleton({ className, circle = false }: { className?: string; circle?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cn("block animate-pulse bg-surface-muted", circle ? "rounded-full" : "rounded-md", className)}
    />
  );
}
