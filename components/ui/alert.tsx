import { CircleAlert } from "lucide";
import { Icon } from "@/components/ui/icon";

/** A problem with what the user just did (e.g. a form submission), announced as soon as it appears. */
export function Alert({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="flex items-start gap-2.5 rounded-lg bg-negative-soft px-3.5 py-3 text-sm text-text">
      <Icon of={CircleAlert} className="mt-px size-4 shrink-0 text-negative" />
      <p>{children}</p>
    </div>
  );
}
