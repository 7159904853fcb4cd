import type { CancelToken } from '../engine/kernel/ports'
import type { InputStream, OutputStream, TtyIntercept } from '../engine/process/types'
import { LineEditor } from './line-editor'

export type Completer = (line: string, cursor: number) => { replaceFrom: number; candidates: string[] }

/**
 * A terminal device in cooked mode: output gets "\n" → "\r\n" (onlcr); reads are served one
 * edited line at a time by the line editor, which echoes as it edits. Ctrl+C goes to whoever
 * intercepts it (an attached docker client), otherwise to the foreground processes.
 */
export class TtyDevice implements InputStream, OutputStream {
  readonly isTTY = true
  private editor = new LineEditor()
  private reading: { resolve: (s: string | null) => void } | null = null
  private typeahead = ''
  private lastLine = ''
  private histories = new Map<string, string[]>()
  private historyKey = 'host'
  private intercepts: TtyIntercept[] = []
  private readWaiters: (() => void)[] = []
  columns = 80

  constructor(
    private readonly out: (data: string) => void,
    private readonly interruptForeground: () => void,
    private readonly complete?: Completer,
  ) {}

  write(text: string): void {
    if (!text) return
    const nl = text.lastIndexOf('\n')
    this.lastLine = nl < 0 ? this.lastLine + text : text.slice(nl + 1)
    // a carriage return or cursor movement starts the visible line over
    const cr = this.lastLine.lastIndexOf('\r')
    if (cr >= 0) this.lastLine = this.lastLine.slice(cr + 1)
    this.out(text.replace(/\r?\n/g, '\r\n'))
  }

  setHistoryKey(key: string): void {
    this.historyKey = key
  }

  intercept(h: TtyIntercept): () => void {
    this.intercepts.push(h)
    return () => {
      this.intercepts = this.intercepts.filter((x) => x !== h)
    }
  }

  /** True while a program waits for a line (the headless runner paces its input by this). */
  get waitingForInput(): boolean {
    return this.reading !== null
  }

  /** How many reads have started: a read begun after input was typed has a higher number. */
  readsStarted = 0

  /** Resolves the next time a program asks for input (at once if one is waiting). */
  nextRead(): Promise<void> {
    if (this.reading) return Promise.resolve()
    return new Promise((r) => this.readWaiters.push(r))
  }

  /** Resolves once a read numbered above `seen` is waiting: a fresh request for input. */
  async readAfter(seen: number): Promise<void> {
    while (!(this.reading && this.readsStarted > seen)) {
      await new Promise<void>((r) => this.readWaiters.push(r))
    }
  }

  read(cancel?: CancelToken): Promise<string | null> {
    return new Promise((resolve) => {
      let history = this.histories.get(this.historyKey)
      if (!history) this.histories.set(this.historyKey, (history = []))
      this.editor.setColumns(this.columns)
      this.editor.begin(this.lastLine, { history, complete: this.historyKey === 'host' ? this.complete : undefined })
      this.reading = { resolve }
      this.readsStarted++
      cancel?.onCancel(() => {
        if (this.reading?.resolve === resolve) {
          this.reading = null
          resolve(null)
        }
      })
      for (const w of this.readWaiters.splice(0)) w()
      if (this.typeahead) {
        const t = this.typeahead
        this.typeahead = ''
        this.input(t)
      }
    })
  }

  /** Keystrokes from the terminal. */
  input(data: string): void {
    const intercept = this.intercepts[this.intercepts.length - 1]
    if (intercept?.detach) {
      const i = data.indexOf('\x10\x11')
      if (i >= 0) {
        if (i > 0) this.input(data.slice(0, i))
        intercept.detach()
        return
      }
    }
    if (!this.reading) {
      if (data.includes('\x03')) {
        this.typeahead = ''
        this.interrupt(true)
      } else this.typeahead += data
      return
    }
    const r = this.editor.feed(data)
    // Node's readline keeps the terminal raw, so nothing echoes ^C (bash's readline prints it)
    const output = this.historyKey === 'node' && r.done && 'interrupt' in r.done ? r.output.replace('^C', '') : r.output
    if (output) this.out(output)
    if (!r.done) return
    const reading = this.reading
    this.reading = null
    this.lastLine = ''
    const rest = this.editor.pending()
    if ('line' in r.done) reading.resolve(r.done.line + '\n')
    else if ('eof' in r.done) reading.resolve(null)
    else {
      reading.resolve('')
      this.interrupt(false)
    }
    if (rest) this.typeahead += rest
  }

  /** `echo`: Ctrl+C came while no line was being edited (the editor echoes its own). */
  private interrupt(echo: boolean): void {
    const intercept = this.intercepts[this.intercepts.length - 1]
    // a cooked terminal echoes ^C (ECHOCTL); a raw one leaves it to the program reading it
    if (echo && (!intercept?.interrupt || intercept.cooked)) this.out('^C\r\n')
    if (intercept?.interrupt) intercept.interrupt()
    else this.interruptForeground()
  }
}
