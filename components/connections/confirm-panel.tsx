"use client";

import { Dialog } from "radix-ui";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";

export interface ConfirmPanelProps {
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  /** Rejects with the reason to show inside the dialog; resolves when done (the dialog then closes). */
  onConfirm: () => Promise<unknown>;
}

interface Props extends ConfirmPanelProps {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The button that opened it, focused again on close (it is ConfirmDialog's, not a Radix trigger). */
  trigger: React.RefObject<HTMLElement | null>;
}

/**
 * The confirmation itself, in its own chunk with Radix's Dialog (confirm-dialog.tsx loads it): the focus trap,
 * Escape, focus return to the trigger and the labelled dialog role. A refusal (the shared demo user, a failure) is
 * shown in the dialog.
 */
export function ConfirmPanel({ title, description, confirmLabel, onConfirm, open, setOpen, trigger }: Props) {
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
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            trigger.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-2xl border border-border bg-surface p-6 shadow-lg">
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
