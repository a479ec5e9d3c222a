import { LogOut } from "lucide";
import { SignOutButton } from "@/components/nav/sign-out-button";
import { Icon } from "@/components/ui/icon";

export interface ShellUser {
  name: string;
  email: string;
}

/** Who is signed in, and the way out. */
export function UserCard({ user }: { user: ShellUser }) {
  return (
    <div className="flex items-center justify-between gap-2">
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold text-text">{user.name}</p>
        <p className="truncate text-xs text-text-muted">{user.email}</p>
      </div>
      <SignOutButton icon={<Icon of={LogOut} className="size-4" />} />
    </div>
  );
}
