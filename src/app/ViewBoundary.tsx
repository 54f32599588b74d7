/**
 * An error boundary around one view: a render error (or a part of the app that failed to load)
 * becomes a message naming what failed, and the rest of the page stays usable. React has no hook
 * for this; a class component is the only way.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ViewBoundaryProps {
  /** What the view is, as the message names it: "the reader", "the page for your texts". */
  readonly what: string;
  /** A change of this (the document open, the page) clears the error: the next view gets its chance. */
  readonly resetKey?: string;
  readonly children: ReactNode;
}

interface ViewBoundaryState {
  readonly error: Error | null;
  readonly resetKey: string | undefined;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ViewBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ViewBoundaryProps, state: ViewBoundaryState): Partial<ViewBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // kept for whoever looks at the console: the message on the page names the view, this the place
    console.error(`Duizhao: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="status status-error view-failed" role="alert">
        <p>
          {capitalised(this.props.what)} could not be shown: {error.message || error.name}
        </p>
        <p>Nothing you saved is touched. The rest of the page still works: choose a document or one of your texts in the library.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
