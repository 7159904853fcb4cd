import { describe, expect, test } from 'vitest'
import { createTestEngine } from '../../testing'
import type { InputStream } from '../../process/types'
import { nodeProgram } from './index'
import type { JsSandbox, JsSandboxEvents, JsSandboxFactory, JsSandboxInit, ReplOutcome } from './sandbox-port'

/**
 * An in-process stand-in for the sandbox: a few scripted inputs, enough to drive the REPL loop
 * (the real evaluation is tested through the headless host).
 */
function fakeFactory() {
  const made: { init: JsSandboxInit; terminated: boolean }[] = []
  const factory: JsSandboxFactory = {
    async create(init, events: JsSandboxEvents) {
      const record = { init, terminated: false }
      made.push(record)
      const sandbox: JsSandbox = {
        async evalRepl(code): Promise<ReplOutcome> {
          if (/[[,(]$/.test(code)) return { kind: 'incomplete' }
          if (code === 'nope') return { kind: 'error', text: 'Uncaught ReferenceError: nope is not defined' }
          if (code === 'loop') return new Promise(() => {})
          if (code === 'exit3') {
            events.exit(3)
            return new Promise(() => {})
          }
          if (code === 'write') {
            events.fs({ op: 'write', path: '/tmp/out.txt', data: 'hello\n' })
            return { kind: 'value', text: 'undefined' }
          }
          if (code === 'log') {
            events.stdout('hi\n')
            return { kind: 'value', text: 'undefined' }
          }
          return { kind: 'value', text: JSON.stringify(code) }
        },
        async runScript() {
          events.stdout(`argv=${init.argv.join(' ')}\n`)
          return 0
        },
        http: async () => ({ status: 200, statusText: 'OK', headers: [], body: '' }),
        signal: () => {},
        terminate: () => void (record.terminated = true),
      }
      return sandbox
    },
  }
  return { factory, made }
}

/** A terminal that answers reads from a list: "^C" is Ctrl+C (""), "^D" end of input (null). */
function ttyInput(lines: string[], onCtrlC?: () => void): InputStream {
  const queue = [...lines]
  return {
    isTTY: true,
    async read() {
      await new Promise((r) => setTimeout(r, 1))
      const next = queue.shift()
      if (next === undefined || next === '^D') return null
      if (next === '^C') {
        onCtrlC?.()
        return ''
      }
      return next + '\n'
    },
  }
}

async function runNode(argv: string[], lines: string[], o: { env?: [string, string][]; tty?: boolean } = {}) {
  const engine = createTestEngine()
  const { factory, made } = fakeFactory()
  let out = ''
  let err = ''
  let proc: { signal(s: 'SIGINT'): void } | null = null
  const p = engine.host.run(nodeProgram(factory), {
    argv: ['node', ...argv],
    env: new Map(o.env ?? [['NODE_VERSION', '22.12.0']]),
    cwd: '/',
    stdin: ttyInput(lines, () => proc?.signal('SIGINT')),
    stdout: { write: (t) => void (out += t), isTTY: o.tty ?? true },
    stderr: { write: (t) => void (err += t) },
    tty: o.tty ?? true,
  })
  proc = p
  return { p, made, engine, out: () => out, err: () => err }
}

describe('node (the REPL loop, over a fake sandbox)', () => {
  test('banner, prompt, results, errors and .exit', async () => {
    const r = await runNode([], ['log', 'nope', '.exit'])
    expect(await r.p.exit).toBe(0)
    expect(r.out()).toBe(
      'Welcome to Node.js v22.12.0.\nType ".help" for more information.\n> hi\nundefined\n> Uncaught ReferenceError: nope is not defined\n> ',
    )
    expect(r.made[0]!.terminated).toBe(true)
  })

  test('incomplete input continues with "... " and is evaluated as one', async () => {
    const r = await runNode([], ['[1,', '2]', '^D'])
    expect(await r.p.exit).toBe(0)
    expect(r.out()).toContain('> ... "[1,\\n2]"\n> \n')
  })

  test('Ctrl+C once shows the hint, twice exits; with pending input it only clears it', async () => {
    const r = await runNode([], ['f(', '^C', '^C', '^C'])
    expect(await r.p.exit).toBe(0)
    expect(r.out().match(/\(To exit, press Ctrl\+C again or Ctrl\+D or type \.exit\)/g)).toHaveLength(1)
  })

  test('Ctrl+C during an evaluation kills the sandbox and starts a fresh one', async () => {
    const r = await runNode([], ['loop', '1', '.exit'])
    await new Promise((res) => setTimeout(res, 20))
    r.p.signal('SIGINT')
    expect(await r.p.exit).toBe(0)
    expect(r.made).toHaveLength(2)
    expect(r.made[0]!.terminated).toBe(true)
    expect(r.out()).toContain('Uncaught Error: Script execution was interrupted by `SIGINT`\n')
    expect(r.out()).toContain('> "1"\n')
  })

  test('process.exit(n) ends node with status n', async () => {
    const r = await runNode([], ['exit3', '1'])
    expect(await r.p.exit).toBe(3)
  })

  test('sandbox writes reach the container filesystem', async () => {
    const r = await runNode([], ['write', '.exit'])
    await r.p.exit
    expect(r.engine.host.fs.readFile('/tmp/out.txt')).toBe('hello\n')
  })

  test('.help prints Node\'s text; unknown keywords are refused', async () => {
    const r = await runNode([], ['.help', '.nope', '.exit'])
    await r.p.exit
    expect(r.out()).toContain('.editor   Enter editor mode\n')
    expect(r.out()).toContain('Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n')
    expect(r.out()).toContain('Invalid REPL keyword\n')
  })

  test('the sandbox sees the container env, argv, cwd and version', async () => {
    const r = await runNode(['-e', 'x', 'a', 'b'], [], { env: [['NODE_VERSION', '24.1.0'], ['FOO', 'bar']], tty: false })
    expect(await r.p.exit).toBe(0)
    expect(r.made[0]!.init).toMatchObject({ version: 'v24.1.0', env: { FOO: 'bar' }, cwd: '/', argv: ['/usr/local/bin/node', 'a', 'b'] })
    expect(r.out()).toBe('argv=/usr/local/bin/node a b\n')
  })

  test('--version, a missing script, a bad option', async () => {
    expect((await runNode(['--version'], [])).p.exit).resolves.toBe(0)
    const missing = await runNode(['/app/x.js'], [], { tty: false })
    expect(await missing.p.exit).toBe(1)
    expect(missing.err()).toContain("Error: Cannot find module '/app/x.js'\n    at Module._resolveFilename")
    expect(missing.made).toHaveLength(0)
    const bad = await runNode(['--bogus'], [], { tty: false })
    expect(await bad.p.exit).toBe(9)
    expect(bad.err()).toBe('node: bad option: --bogus\n')
  })
})
