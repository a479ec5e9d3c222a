"use client";

import { useTheme } from "next-themes";
import { useId, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";

const OPTIONS = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const;

/** Each option's icon, drawn by the server (nav-footer.tsx) so no icon code ships with the switcher. */
export type ThemeIcons = Record<(typeof OPTIONS)[number]["value"], React.ReactNode>;

const noSubscribe = () => () => {};

/** System / Light / Dark as one radio group: arrow keys move between them, as users of radios expect. */
export function ThemeSwitcher({ icons }: { icons: ThemeIcons }) {
  const { theme, setTheme } = useTheme();
  // The sidebar and the phone menu each have a switcher; distinct names keep them two separate groups.
  const name = useId();
  // The stored choice is only known in the browser; until hydration nothing is shown as chosen.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  return (
    <fieldset>
      <legend className="mb-2 text-xs font-medium text-text-muted">Appearance</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg bg-surface-muted p-1">
        {OPTIONS.map(({ value, label }) => (
          <label
            key={value}
            className={cn(
              "flex h-8 cursor-pointer items-center justify-center gap-1.5 rounded-md text-xs font-medium text-text-muted",
              "transition-colors hover:text-text has-[:checked]:bg-surface has-[:checked]:text-text has-[:checked]:shadow-xs",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-accent",
            )}
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={hydrated && theme === value}
              onChange={() => setTheme(value)}
              className="sr-only"
            />
            {icons[value]}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
