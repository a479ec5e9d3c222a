"use client";

import { Component } from "react";

export interface ErrorBoundaryProps {
  children: React.ReactNode;
  /** What to show instead of the children; `retry` clears the error and renders the children again. */
  fallback: (props: { error: unknown; retry: () => void; retries: number }) => React.ReactNode;
  /** Called by `retry` before the children render again (e.g. React Query's reset, so queries refetch). */
  onReset?: () => void;
}

interface State {
  error: unknown;
  failed: boolean;
  /** How many times `retry` ran: survives the retries, so a fallback can tell a first failure from a repeat. */
  retries: number;
}

/** React still needs a class for this: catches a render (or suspended query) error below it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false, retries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  retry = () => {
    this.props.onReset?.();
    this.setState(({ retries }) => ({ error: null, failed: false, retries: retries + 1 }));
  };

  override render() {
    const { error, failed, retries } = this.state;
    return failed ? this.props.fallback({ error, retry: this.retry, retries }) : this.props.children;
  }
}
