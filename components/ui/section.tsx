import { useId } from "react";
import { cn } from "@/components/ui/cn";

export interface SectionProps {
  title: string;
  /** A link or button beside the heading, such as "View all". */
  action?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}

/** A titled region of a page: an h2 that also names the region for screen-reader landmark navigation. */
export function Section({ title, action, className, children }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cn("min-w-0", className)}>
      <div className="mb-3 flex min-h-8 items-center justify-between gap-4">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-text">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
