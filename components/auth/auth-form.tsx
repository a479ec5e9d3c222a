import { Alert } from "@/components/ui/alert";

export interface AuthFormProps {
  /** Called with the form element (for focusing fields); the browser's own submission never happens. */
  onSubmit: (form: HTMLFormElement) => void;
  /** The form-level problem, shown above the fields. */
  error: React.ReactNode;
  children: React.ReactNode;
  /** What follows the form: other ways in, the link to the other form. */
  after: React.ReactNode;
}

/**
 * The frame of the sign-in and sign-up forms. Submission goes through onSubmit, not a form action: React resets
 * a form after its action runs, and a failed attempt must keep what the user typed.
 */
export function AuthForm({ onSubmit, error, children, after }: AuthFormProps) {
  return (
    <div className="flex flex-col gap-6">
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
      {after}
    </div>
  );
}
