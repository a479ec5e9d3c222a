"use client";

import { Dialog } from "radix-ui";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";

export interface ConfirmDialogProps {
  /** The button that opens the dialog (its label says what the action does). */
  triggerLabel: string;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  /** Rejects with the reason to show inside the dialog; resolves when done (the dialog then closes). */
  onConfirm: () => Promise<unknown>;
  disabled?: boolean;
}

/**
 * A destructive action behind a confirmation: Radix's Dialog gives the focus trap, Escape, focus return to the
 * trigger and the labelled dialog role. A refusal (the shared demo user, a failure) is shown in the dialog.
 */
export function ConfirmDialog({ triggerLabel, title, description, confirmLabel, onConfirm, disabled }: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setProblem(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setProblem(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="ghost-danger" size="sm" disabled={disabled}>
          {triggerLabel}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-2xl border border-border bg-surface p-6 shadow-lg">
          <Dialog.Title className="text-lg font-semibold text-text">{title}</Dialog.Title>
          <Dialog.Description className="text-sm text-text-muted">{description}</Dialog.Description>
          {problem && <Alert>{problem}</Alert>}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Dialog.Close asChild>
              <Button variant="secondary" disabled={pending}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button variant="danger" onClick={confirm} loading={pending}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
