import Link from "next/link";

/** "New to Budgie? Create an account" under the sign-in form, and the reverse under sign-up. */
export function AuthSwitchLink({ prompt, href, children }: { prompt: string; href: string; children: string }) {
  return (
    <p className="text-center text-sm text-text-muted">
      {prompt}{" "}
      <Link href={href} className="font-semibold text-accent underline underline-offset-4">
        {children}
      </Link>
    </p>
  );
}
