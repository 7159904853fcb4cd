import { describe, expect, test } from 'vitest'
import { createTestEngine, d } from '../../testing'
import { stringInput } from '../../process/types'
import { pythonBanner } from './banner'
import { parsePythonArgs } from './program'
import type { PyEntry, PyProcessSpec, PythonSandboxFactory, PyStep } from './port'

/** A fake interpreter: records what it was given, understands a few fixed sources. */
function fakeFactory() {
  const specs: PyProcessSpec[] = []
  const runs: { source: string; filename: string; incoming: PyEntry[] }[] = []
  let warmed = 0
  const factory: PythonSandboxFactory = {
    pythonVersion: '3.14.2',
    warm: () => void warmed++,
    open: async (spec, out) => {
      specs.push(spec)
      const step = (p: Partial<PyStep>): PyStep => ({ exit: null, more: false, changes: [], ...p })
      return {
        version: '3.14.2 (main, Sep 14 2026, 03:03:51) [Clang 23.0.0git (https:/github.com/llvm/llvm-project e59)]',
        push: async (source) => {
          if (source === 'exit()') return step({ exit: 0 })
          if (source === 'def f():') return step({ more: true })
          if (source.startsWith('write')) return step({ changes: [{ path: '/tmp/out.txt', kind: 'file', data: 'from py\n', mode: 0o644, mtime: 1 }] })
          out.stdout(`ran ${JSON.stringify(source)}\n`)
          return step({})
        },
        run: async (source, filename, incoming) => {
          runs.push({ source, filename, incoming })
          out.stdout(`script ${filename}\n`)
          return step({ exit: source.includes('fail') ? 1 : 0 })
        },
        interrupt: () => {},
        close: () => {},
      }
    },
  }
  return { factory, specs, runs, warmed: () => warmed }
}

describe('python3 with a fake sandbox', () => {
  test('-c gets argv, env, cwd, hostname and the container files; status comes back', async () => {
    const f = fakeFactory()
    const e = createTestEngine({ runtimes: { python: f.factory } })
    const r = await d(e, 'docker run -e A=1 -w /srv python python3 -c fail x')
    expect(r.stdout).toBe('script <string>\n')
    expect(r.status).toBe(1)
    const spec = f.specs[0]!
    expect(spec.argv).toEqual(['-c', 'x'])
    expect(spec.env).toContainEqual(['A', '1'])
    expect(spec.env).toContainEqual(['PYTHON_VERSION', '3.14.2'])
    expect(spec.cwd).toBe('/srv')
    expect(spec.hostname).toMatch(/^[0-9a-f]{12}$/)
    expect(spec.files.some((x) => x.path === '/usr/local/bin/python3')).toBe(true)
    expect(f.warmed()).toBeGreaterThan(0) // the pull of python warmed the interpreter
  })

  test('a missing script: CPython wording, exit 2, no interpreter started', async () => {
    const f = fakeFactory()
    const e = createTestEngine({ runtimes: { python: f.factory } })
    const r = await d(e, 'docker run python python /x.py')
    expect(r.stderr).toContain("python: can't open file '/x.py': [Errno 2] No such file or directory\n")
    expect(r.status).toBe(2)
    expect(f.specs).toHaveLength(0)
  })

  test('--version, empty stdin, and stdin as the script', async () => {
    const f = fakeFactory()
    const e = createTestEngine({ runtimes: { python: f.factory } })
    expect((await d(e, 'docker run python python --version')).stdout).toBe('Python 3.14.2\n')
    expect((await d(e, 'docker run python')).status).toBe(0)
    expect(f.specs).toHaveLength(0)
    const r = await d(e, 'docker run -i python', { stdin: stringInput('print(1)\n') })
    expect(r.stdout).toBe('script <stdin>\n')
    expect(f.runs.at(-1)!.source).toBe('print(1)\n')
  })

  test('the REPL: banner, prompts, continuation, write-back, Ctrl+C at a prompt, exit()', async () => {
    const f = fakeFactory()
    const e = createTestEngine({ runtimes: { python: f.factory } })
    await d(e, 'docker pull python')
    const lines = ['1+1\n', 'def f():\n', '', 'write\n', 'exit()\n']
    const tty = { isTTY: true, read: async () => (lines.length ? lines.shift()! : null) }
    const r = await d(e, 'docker run -it --name py python', { stdin: tty, tty: true })
    expect(r.status).toBe(0)
    const all = r.stdout + r.stderr
    expect(all).toContain('Python 3.14.2 (main, Sep 14 2026, 03:03:51) [Clang 23.0.0git] on linux\n')
    expect(all).toContain('>>> ')
    expect(all).toContain('... ')
    expect(all).toContain('KeyboardInterrupt\n')
    expect(all).toContain('ran "1+1"')
    expect((await d(e, 'docker start py')).status).toBe(0)
    // the file Python wrote is in the container
    expect((await d(e, 'docker cp py:/tmp/out.txt -')).status).toBe(0)
  })
})

describe('pieces', () => {
  test('banner from a GCC-built sys.version keeps its shape', () => {
    expect(pythonBanner('3.14.2 (main, Dec  5 2025, 03:42:06) [GCC 14.2.0]').split('\n')[0]).toBe(
      'Python 3.14.2 (main, Dec  5 2025, 03:42:06) [GCC 14.2.0] on linux',
    )
  })
  test('command line', () => {
    expect(parsePythonArgs([], true)).toEqual({ kind: 'repl' })
    expect(parsePythonArgs([], false)).toEqual({ kind: 'stdin', argv: [''] })
    expect(parsePythonArgs(['-u', 'app.py', '-c'], false)).toEqual({ kind: 'file', path: 'app.py', argv: ['app.py', '-c'] })
    expect(parsePythonArgs(['-m', 'http.server', '80'], false)).toEqual({ kind: 'module', module: 'http.server', argv: ['http.server', '80'] })
    expect(parsePythonArgs(['-c'], false)).toMatchObject({ kind: 'usage' })
  })
})
