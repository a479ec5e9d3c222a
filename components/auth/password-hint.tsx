import { Check } from "lucide-react";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Live guidance under the password field, so the length rule is met before submitting rather than after. */
export function PasswordHint({ length }: { length: number }) {
  if (length === 0) return <>Use {PASSWORD_MIN} to {PASSWORD_MAX} characters. A few words strung together works well.</>;
  if (length < PASSWORD_MIN) {
    const missing = PASSWORD_MIN - length;
    return <>{missing} more {missing === 1 ? "character" : "characters"} needed.</>;
  }
  if (length > PASSWORD_MAX) return <>{length - PASSWORD_MAX} characters over the {PASSWORD_MAX}-character limit.</>;
  return (
    <span className="inline-flex items-center gap-1 text-positive">
      <Check className="size-4" />
      Long enough.
    </span>
  );
}
