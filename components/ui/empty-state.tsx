import { Icon, type IconNode } from "@/components/ui/icon";

export interface EmptyStateProps {
  icon: IconNode;
  title: string;
  description: React.ReactNode;
  /** A button or link, and any helper text that goes with it. */
  action?: React.ReactNode;
  /** The heading level that fits the outline of the page it sits in. */
  headingLevel?: "h1" | "h2" | "h3";
}

export function EmptyState({ icon, title, description, action, headingLevel: Heading = "h3" }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center px-6 py-10 text-center">
      <span className="mb-4 grid size-12 place-items-center rounded-full bg-accent-soft text-accent-soft-text">
        <Icon of={icon} className="size-6" />
      </span>
      <Heading className="text-base font-semibold text-text">{title}</Heading>
      <p className="mt-1 max-w-sm text-sm text-text-muted">{description}</p>
      {action && <div className="mt-5 flex flex-col items-center gap-2">{action}</div>}
    </div>
  );
}
