import { Monitor, Moon, Sun } from "lucide-react";
import { ThemeSwitcher } from "@/components/nav/theme-switcher";
import { UserCard, type ShellUser } from "@/components/nav/user-card";

/** Appearance and the signed-in user: the foot of the sidebar and of the phone menu. */
export function NavFooter({ user }: { user: ShellUser }) {
  return (
    <div className="flex flex-col gap-4 border-t border-border pt-4">
      <ThemeSwitcher icons={{ system: <Monitor className="size-3.5" />, light: <Sun className="size-3.5" />, dark: <Moon className="size-3.5" /> }} />
      <UserCard user={user} />
    </div>
  );
}
