/**
 * What the terminal view needs from a session: it sends keystrokes and its size, and writes whatever
 * the session outputs. The session owns line editing and echo (src/session/line-editor.ts).
 */
export interface TerminalConnection {
  /** Keystroke data exactly as xterm's onData delivers it. */
  input(data: string): void
  /** Called once when the view opens and whenever it is refitted. */
  resize(cols: number, rows: number): void
  /** Subscribe to bytes to write to the screen; returns the unsubscribe function. */
  onOutput(cb: (data: string) => void): () => void
  /** Closing the terminal: its shell ends, what it had attached is detached. */
  close?(): void
}
