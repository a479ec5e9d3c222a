"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { toast } from "sonner";
import { deleteAccount } from "@/components/settings/settings-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiError, FALLBACK_MESSAGE } from "@/lib/api-fetch";
import { normaliseEmail } from "@/lib/rules/email";

/** What went wrong, in words that say nothing was deleted when Bud could not delete the data. */
function failure(error: unknown): string {
  if (!(error instanceof ApiError)) return FALLBACK_MESSAGE;
  if (error.code.startsWith("upstream_") || error.code === "rate_limited") {
    return "We couldn’t delete your bank data at Bud just now, so nothing has been deleted and your account still works. Please try again.";
  }
  return error.fields.email ?? error.message;
}

export interface DeleteAccountPanelProps {
  email: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The button that opened it, focused again on close (it is DeleteAccountDialog's, not a Radix trigger). */
  trigger: React.RefObject<HTMLElement | null>;
}

/**
 * The confirmation, in its own chunk with Radix's Dialog (delete-account-dialog.tsx loads it): confirms by typing
 * the account's email, deletes (Bud first), then signs this browser out.
 */
export function DeleteAccountPanel({ email, open, setOpen, trigger }: DeleteAccountPanelProps) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const remove = useMutation({
    mutationFn: () => deleteAccount({ email: typed }),
    onSuccess: async () => {
      await signOut({ redirect: false });
      // Longer than usual: it must outlast the navigation to sign-up.
      toast.success("Your account and all its data have been deleted.", { duration: 10_000 });
      router.replace("/sign-up");
    },
  });
  const matches = normaliseEmail(typed) === email;

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        // Closing mid-deletion would hide the outcome.
        if (remove.isPending || remove.isSuccess) return;
        setOpen(next);
        setTyped("");
        remove.reset();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-2xl border border-border bg-surface p-6 shadow-lg"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            trigger.current?.focus();
          }}
        >
          <Dialog.Title className="text-lg font-semibold text-text">Delete your account?</Dialog.Title>
          <Dialog.Description className="text-sm text-text-muted">
            This deletes your Budgie account and, at Bud, every bank connection, account and transaction we hold for
            you. It can’t be undone. You can sign up again with the same email later.
          </Dialog.Description>
          <form
            noValidate
            className="flex flex-col gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (matches) remove.mutate();
            }}
          >
            {remove.isError && <Alert>{failure(remove.error)}</Alert>}
            <TextField
              label={`Type ${email} to confirm`}
              type="email"
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button variant="secondary" disabled={remove.isPending}>
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" variant="danger" disabled={!matches} loading={remove.isPending || remove.isSuccess}>
                {remove.isError ? "Try again" : "Delete my account"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
