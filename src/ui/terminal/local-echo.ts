/**
 * A stand-in connection for running the UI without the engine: it reads lines with the real line
 * editor and prints each line back. The lead replaces it with the session-backed connection.
 */
import { LineEditor } from '../../session/line-editor'
import type { TerminalConnection } from './connection'

const PROMPT = '$ '

export function createLocalEchoConnection(): TerminalConnection {
  const editor = new LineEditor()
  const history: string[] = []
  const listeners = new Set<(data: string) => void>()
  let backlog = ''
  const emit = (data: string) => {
    if (!data) return
    if (listeners.size === 0) backlog += data
    for (const cb of listeners) cb(data)
  }
  const prompt = () => {
    emit(PROMPT)
    editor.begin(PROMPT, { history })
  }
  const input = (data: string) => {
    let chunk = data
    for (;;) {
      const result = editor.feed(chunk)
      emit(result.output)
      if (!result.done) return
      if ('line' in result.done && result.done.line.trim() !== '') emit(result.done.line + '\r\n')
      prompt()
      chunk = editor.pending()
      if (!chunk) return
    }
  }
  prompt()
  return {
    input,
    resize: (cols) => editor.setColumns(cols),
    onOutput(cb) {
      listeners.add(cb)
      if (backlog) {
        cb(backlog)
        backlog = ''
      }
      return () => listeners.delete(cb)
    },
  }
}
