import { cn } from "@/components/ui/cn";

/** Budgie's mark: a lower-case "b" that is also a budgie (eye, yellow beak). Decorative; pair it with the name. */
export function BudgieMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cn("size-8 shrink-0", className)}>
      <rect width="32" height="32" rx="9" className="fill-accent" />
      <path d="M9 7.5a1.75 1.75 0 0 1 3.5 0v5.35A7 7 0 1 1 9 19Z" className="fill-accent-contrast" />
      <circle cx="17.75" cy="17.25" r="1.35" className="fill-accent" />
      <path d="M22.6 18.2 26.4 19.6 22.4 21.4Z" fill="#f6c453" />
    </svg>
  );
}
