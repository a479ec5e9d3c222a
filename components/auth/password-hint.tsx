import { Check } from "lucide";
import { Icon } from "@/components/ui/icon";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_RULE, passwordRule } from "@/lib/rules/password";
import { characterCount } from "@/lib/rules/text";

/**
 * Live guidance under the password field, so the rule is met before submitting rather than after. Counts as the
 * server does (lib/rules/password), so "Long enough" here is never refused there.
 */
export function PasswordHint({ password }: { password: string }) {
  const length = characterCount(password);
  if (length === 0) return <>{PASSWORD_RULE} A few words strung together works well.</>;
  if (length < PASSWORD_MIN_LENGTH) {
    const missing = PASSWORD_MIN_LENGTH - length;
    return <>{missing} more {missing === 1 ? "character" : "characters"} needed.</>;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return <>{length - PASSWORD_MAX_LENGTH} characters over the {PASSWORD_MAX_LENGTH}-character limit.</>;
  }
  const problem = passwordRule.problem(password);
  if (problem) return <>{problem}</>;
  return (
    <span className="inline-flex items-center gap-1 text-positive">
      <Icon of={Check} className="size-4" />
      Long enough.
    </span>
  );
}
