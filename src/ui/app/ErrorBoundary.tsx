import { Component, type ReactNode } from 'react'

interface Props {
  /** What to say when the part fails; gets the error's message and a retry callback. */
  fallback: (message: string, retry: () => void) => ReactNode
  children: ReactNode
}

interface State {
  message: string | null
}

/**
 * Keeps a failure in one area (panels, editor) from blanking the page: the terminal, where the
 * learner's work is, keeps running.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { message: null }

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) }
  }

  override render() {
    if (this.state.message !== null) return this.props.fallback(this.state.message, () => this.setState({ message: null }))
    return this.props.children
  }
}
