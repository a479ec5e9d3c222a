import { Alert } from "@/components/ui/alert";

export interface FormProps {
  /** Called with the form element (for focusing fields); the browser's own submission never happens. */
  onSubmit: (form: HTMLFormElement) => void;
  /** The form-level problem, shown above the fields. */
  error: React.ReactNode;
  children: React.ReactNode;
}

/**
 * The frame of a form that keeps its own state (use-form-fields.ts). Submission goes through onSubmit, not a form
 * action: React resets a form after its action runs, and a failed attempt must keep what the user typed.
 */
export function Form({ onSubmit, error, children }: FormProps) {
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
    >
      {error && <Alert>{error}</Alert>}
      {children}
    </form>
  );
}
