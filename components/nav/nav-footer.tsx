import { Monitor, Moon, Sun } from "lucide";
import { ThemeSwitcher } from "@/components/nav/theme-switcher";
import { UserCard, type ShellUser } from "@/components/nav/user-card";
import { Icon } from "@/components/ui/icon";

/** Appearance and the signed-in user: the foot of the sidebar and of the phone menu. */
export function NavFooter({ user }: { user: ShellUser }) {
  return (
    <div className="flex flex-col gap-4 border-t border-border pt-4">
      <ThemeSwitcher icons={{ system: <Icon of={Monitor} className="size-3.5" />, light: <Icon of={Sun} className="size-3.5" />, dark: <Icon of={Moon} className="size-3.5" /> }} />
      <UserCard user={user} />
    </div>
  );
}
