import type { PyodideAPI } from 'pyodide'
import type { PyEntry, PyOutput, PyProcessSpec, PyStep } from '../../engine/programs/python/port'
import { DRIVER_PY, SANDBOX_PY } from './driver-py'
import { MemfsView, pristinePaths, type EmFS } from './memfs'

interface DriverApi {
  open(sid: number, spec: string, out: (t: string) => void, err: (t: string) => void): void
  close(sid: number): void
  push(sid: number, source: string): string
  run(sid: number, source: string, filename: string): string
}

interface Entry {
  files: MemfsView
  out: PyOutput
}

/**
 * Sessions over one loaded Pyodide, wherever it lives (a browser worker, or Node's main thread
 * for the headless runner). Calls are synchronous: Python runs to completion, and the files it
 * touched are scanned and returned with the step. When the interpreter switches from one
 * session to another, the first container's files go out of its filesystem and the other's in.
 */
export class PyCore {
  private readonly api: DriverApi
  private readonly fs: EmFS
  private readonly pristine: Set<string>
  private readonly sessions = new Map<number, Entry>()
  private active: number | null = null
  readonly version: string

  constructor(py: PyodideAPI) {
    this.version = py.runPython('import sys; sys.version') as string
    py.runPython(DRIVER_PY)
    py.runPython(SANDBOX_PY)
    const api = py.globals.get('_wharf_api')
    this.api = { open: api.get('open'), close: api.get('close'), push: api.get('push'), run: api.get('run') }
    // Writes that bypass sys.stdout (os.write(1, …), C-level printf) reach the active session too.
    const decoder = new TextDecoder()
    const raw = (fd: 'stdout' | 'stderr') => ({
      write: (buf: Uint8Array) => {
        const s = this.active === null ? undefined : this.sessions.get(this.active)
        s?.out[fd](decoder.decode(buf))
        return buf.length
      },
    })
    py.setStdout(raw('stdout'))
    py.setStderr(raw('stderr'))
    this.fs = py.FS as unknown as EmFS
    this.pristine = pristinePaths(this.fs)
  }

  open(sid: number, spec: PyProcessSpec, out: PyOutput): void {
    this.switchTo(null)
    const files = new MemfsView(this.fs, this.pristine)
    const { files: entries, ...rest } = spec
    this.sessions.set(sid, { files, out })
    this.api.open(sid, JSON.stringify(rest), (t) => out.stdout(t), (t) => out.stderr(t))
    files.inject(entries)
    files.scan() // settle: directories the injection created count as seen
    this.active = sid
  }

  push(sid: number, source: string, incoming: PyEntry[]): PyStep {
    return this.step(sid, incoming, () => this.api.push(sid, source))
  }

  run(sid: number, source: string, filename: string, incoming: PyEntry[]): PyStep {
    return this.step(sid, incoming, () => this.api.run(sid, source, filename))
  }

  close(sid: number): void {
    const s = this.sessions.get(sid)
    if (!s) return
    if (this.active === sid) {
      s.files.clear()
      this.active = null
    }
    this.sessions.delete(sid)
    this.api.close(sid)
  }

  private step(sid: number, incoming: PyEntry[], call: () => string): PyStep {
    const s = this.sessions.get(sid)
    if (!s) return { exit: 1, more: false, changes: [] }
    this.switchTo(sid)
    s.files.inject(incoming)
    s.files.scan()
    const r = JSON.parse(call()) as { exit: number | null; more: boolean }
    return { exit: r.exit, more: r.more, changes: s.files.scan() }
  }

  private switchTo(sid: number | null): void {
    if (this.active === sid) return
    if (this.active !== null) this.sessions.get(this.active)?.files.clear()
    this.active = sid
    if (sid !== null) this.sessions.get(sid)?.files.restore()
  }
}
