import { Check, LoaderCircle } from "lucide";
import { cn } from "@/components/ui/cn";
import { JOURNEY_STEPS } from "@/components/connections/journey-words";
import { Icon } from "@/components/ui/icon";

/** The three things Bud fetches, ticked off as its connect task moves through steps 1–4. */
export function JourneySteps({ step }: { step: number | null }) {
  const current = (step ?? 1) - 1;
  return (
    <ol className="flex flex-col gap-3">
      {JOURNEY_STEPS.map((label, index) => {
        const done = index < current;
        const active = index === current;
        return (
          <li key={label} className={cn("flex items-center gap-3 text-sm", done || active ? "text-text" : "text-text-muted")}>
            <span
              className={cn(
                "grid size-6 place-items-center rounded-full border",
                done ? "border-transparent bg-accent text-accent-contrast" : "border-border-strong",
              )}
              aria-hidden
            >
              {done ? <Icon of={Check} className="size-3.5" /> : active ? <Icon of={LoaderCircle} className="size-3.5 animate-spin" /> : null}
            </span>
            {label}
            <span className="sr-only">{done ? "(done)" : active ? "(in progress)" : "(to do)"}</span>
          </li>
        );
      })}
    </ol>
  );
}
