"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useId, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";

const OPTIONS = [
  { value: "system", label: "System", icon: Monitor },
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
] as const;

const noSubscribe = () => () => {};

/** System / Light / Dark as one radio group: arrow keys move between them, as users of radios expect. */
export function ThemeSwitcher() {
  const { theme, setTheme } = useTheme();
  // The sidebar and the phone menu each have a switcher; distinct names keep them two separate groups.
  const name = useId();
  // The stored choice is only known in the browser; until hydration nothing is shown as chosen.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  return (
    <fieldset>
      <legend className="mb-2 text-xs font-medium text-text-muted">Appearance</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg bg-surface-muted p-1">
        {OPTIONS.map(({ value, label, icon: Icon }) => (
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
            <Icon className="size-3.5" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
