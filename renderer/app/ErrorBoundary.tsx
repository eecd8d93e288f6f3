import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Shows what went wrong instead of a blank window. The journal lives in IndexedDB and
 * drafts are saved as they are typed, so reloading loses nothing; the message says so.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Influence Journal hit an unexpected error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="error-screen" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong</h1>
        <p>
          Influence Journal hit an unexpected problem and stopped this screen. Your journal is safe:
          everything you saved, and every draft, is kept on this computer.
        </p>
        <p>
          What happened: <code>{error.message}</code>
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload the app
          </button>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </main>
    );
  }
}
