import { createElement } from "react";
import type { IconNode } from "lucide";

/** An icon's drawing, as the `lucide` package exports it: `import { Download } from "lucide"`. */
export type { IconNode };

export interface IconProps extends Omit<React.ComponentPropsWithoutRef<"svg">, "children"> {
  of: IconNode;
}

/**
 * Draws a lucide icon as the SVG lucide-react drew (less its unused `lucide lucide-<name>` classes), from `lucide`'s
 * plain data: a page ships the paths of the icons its client components draw, not lucide-react's runtime (2–3 kB
 * gzip on every page). Not a client component, so a server-drawn icon ships nothing.
 * `<Icon of={Download} className="size-4" />`
 */
export function Icon({ of, ...props }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      // Decorative unless labelled, as in lucide-react.
      aria-hidden={isLabelled(props) ? undefined : "true"}
      {...props}
    >
      {of.map(([tag, attributes], index) => createElement(tag, { ...attributes, key: index }))}
    </svg>
  );
}

function isLabelled(props: Omit<IconProps, "of">): boolean {
  return Object.entries(props).some(
    ([name, value]) => value != null && (name.startsWith("aria-") || name === "role" || name === "title"),
  );
}
