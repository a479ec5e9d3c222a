import { CircleAlert, RefreshCw } from "lucide";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";

export interface ErrorStateProps {
  /** What went wrong, in words the customer can act on. */
  message: string;
  title?: string;
  onRetry: () => void;
  /** True while the retry is in flight. */
  retrying?: boolean;
  /** "inline" fits inside a list, below rows that did load. */
  variant?: "block" | "inline";
  /** Makes the title a heading, for an error that stands in for a whole page or section. */
  headingLevel?: "h1" | "h2";
}

export function ErrorState({
  message,
  title = "We couldn’t load this",
  onRetry,
  retrying = false,
  variant = "block",
  headingLevel,
}: ErrorStateProps) {
  const inline = variant === "inline";
  const Title = headingLevel ?? "p";
  return (
    <div
      role="alert"
      className={cn(
        "flex gap-3",
        inline ? "items-center rounded-xl bg-negative-soft px-4 py-3" : "flex-col items-center px-6 py-10 text-center",
      )}
    >
      <Icon of={CircleAlert} className={cn("shrink-0 text-negative", inline ? "size-5" : "size-8")} />
      <div className={cn("min-w-0", inline && "flex-1")}>
        <Title className="text-sm font-semibold text-text">{title}</Title>
        <p className="mt-0.5 text-sm text-text-muted">{message}</p>
      </div>
      <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying} className={cn(!inline && "mt-2")}>
        {!retrying && <Icon of={RefreshCw} className="size-4" />}
        Retry
      </Button>
    </div>
  );
}
