import { cn } from "@/components/ui/cn";

/** A raised surface; `as` keeps the right element (section, li, article) without a wrapper div. */
export function Card({
  as: Element = "div",
  className,
  ...props
}: React.HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "li" }) {
  return (
    <Element
      className={cn("rounded-2xl border border-border bg-surface shadow-xs", className)}
      {...props}
    />
  );
}
