import { describe, expect, test } from 'vitest'
import { runHeadless } from './runner'

/** The screen from the first REPL prompt on (the pull output before it is not under test). */
async function repl(inputs: string[]): Promise<string> {
  const r = await runHeadless(['docker run -it --name nn node', ...inputs])
  const text = r.lines.join('\n')
  return text.slice(text.indexOf('Welcome to Node.js'))
}

describe('node through the headless runner (worker thread + vm context)', () => {
  test('let/const/class persist, multi-line input, top-level await, _ and errors', async () => {
    const out = await repl([
      'let a = 40',
      'class P { constructor(x) { this.x = x } }',
      'const f = (n) =>',
      '  n + a',
      'f(2)',
      '_ * 2',
      'new P(1)',
      'await Promise.resolve(5)',
      'null.x',
      'throw "x"',
      '1 +)',
      'new Map([["a", 1]])',
      '.exit',
    ])
    expect(out).toContain('> let a = 40\nundefined\n> class P { constructor(x) { this.x = x } }\nundefined')
    expect(out).toContain('> const f = (n) =>\n...   n + a\nundefined\n> f(2)\n42\n> _ * 2\n84')
    expect(out).toContain('> new P(1)\nP { x: 1 }\n> await Promise.resolve(5)\n5')
    expect(out).toContain("Uncaught TypeError: Cannot read properties of null (reading 'x')")
    expect(out).toContain("> throw \"x\"\nUncaught 'x'")
    expect(out).toContain("> 1 +)\n1 +)\n   ^\n\nUncaught SyntaxError: Unexpected token ')'")
    expect(out).toContain("Map(1) { 'a' => 1 }")
  }, 30_000)

  test('declarations persist and clash as in Node; the global scope holds only Node\'s names', async () => {
    const out = await repl([
      'let b = 2',
      'let c = 3',
      'b + c',
      'let b = 4',
      'class K {}',
      'class K {}',
      'var c = 1',
      'typeof f',
      'let f = 1',
      'function h(a) { return a * 2 }',
      'h(21)',
      'Object.keys(globalThis).filter((k) => !["fetch", "crypto", "navigator"].includes(k))',
      '.exit',
    ])
    expect(out).toContain('> let b = 2\nundefined\n> let c = 3\nundefined\n> b + c\n5\n')
    expect(out).toContain("> let b = 4\nUncaught SyntaxError: Identifier 'b' has already been declared\n>")
    expect(out).toContain("> class K {}\nUncaught SyntaxError: Identifier 'K' has already been declared\n>")
    expect(out).toContain("> var c = 1\nUncaught SyntaxError: Identifier 'c' has already been declared\n>")
    expect(out).toContain("> typeof f\n'undefined'\n> let f = 1\nundefined\n")
    expect(out).toContain('> h(21)\n42\n')
    expect(out.replace(/\s+/g, ' ')).toContain(
      "[ 'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'h' ]",
    )
  }, 30_000)

  test('a function defined in the REPL shows its frame, as Node does', async () => {
    const out = await repl(['function f() { throw new Error("b") }', 'f()', '.exit'])
    expect(out).toContain('> f()\nUncaught Error: b\n    at f (REPL1:1:22)\n>')
  }, 30_000)

  test('files written by the REPL are in the container; process.env and os.hostname are the container\'s', async () => {
    const r = await runHeadless([
      'docker run -it --name nn -e GREETING=hello node',
      "require('fs').writeFileSync('/tmp/note.txt', process.env.GREETING + ' from node\\n')",
      "os.hostname() === require('fs').readFileSync('/etc/hostname', 'utf8').trim()",
      "fs.readdirSync('/tmp')",
      '.exit',
      'docker start nn',
      'docker exec nn cat /tmp/note.txt',
    ])
    const text = r.lines.join('\n')
    expect(text).toContain("fs.readdirSync('/tmp')\n[ 'note.txt' ]")
    expect(text).toMatch(/=== require\('fs'\)\.readFileSync\('\/etc\/hostname', 'utf8'\)\.trim\(\)\ntrue/)
    expect(text).toContain('$ docker exec nn cat /tmp/note.txt\nhello from node')
  }, 30_000)

  test('Ctrl+C stops an infinite loop; twice on an empty prompt exits', async () => {
    const out = await repl(['let kept = 1', 'while (true) {}', '^C', '6 * 7', '^C', '^C', "docker ps -a --format '{{.Status}}'"])
    expect(out).toContain('> while (true) {}\nUncaught Error: Script execution was interrupted by `SIGINT`\n(Wharf:')
    expect(out).toContain('> 6 * 7\n42\n>')
    expect(out).toContain('(To exit, press Ctrl+C again or Ctrl+D or type .exit)')
    expect(out).toMatch(/\(To exit, press Ctrl\+C again or Ctrl\+D or type \.exit\)\n>\n\$ docker ps -a --format '\{\{\.Status\}\}'\nExited \(0\)/)
  }, 30_000)

  test('node -e, node -p, scripts with timers, process.exit and a missing file', async () => {
    const r = await runHeadless([
      'docker run -d --name sc node sleep 1000',
      "docker exec sc node -e 'console.log(6 * 7)'",
      "docker exec sc node -p '[1, 2].map(n => n * 10)'",
      "docker exec sc sh -c 'echo \"setTimeout(() => console.log(process.argv.slice(2).join(\\\" \\\")), 20); console.log(\\\"first\\\")\" > /app.js && node /app.js a b'",
      "docker exec sc node -e 'process.exit(3)'",
      'echo status=$?',
      'docker exec sc node /app/x.js',
      'echo status=$?',
      'docker exec sc node --version',
    ])
    const text = r.lines.join('\n')
    expect(text).toContain("$ docker exec sc node -e 'console.log(6 * 7)'\n42")
    expect(text).toContain('[ 10, 20 ]')
    expect(text).toContain('first\na b')
    expect(text).toContain('status=3')
    expect(text).toContain("Error: Cannot find module '/app/x.js'\n    at Module._resolveFilename")
    expect(text).toContain('status=1')
    expect(text).toMatch(/node --version\nv\d+\.\d+\.\d+/)
  }, 30_000)

  test('an uncaught error in a script prints the line, a caret and the stack, then exits 1', async () => {
    const r = await runHeadless([
      'docker run -d --name sc node sleep 1000',
      "docker exec sc sh -c 'printf \"function f() { throw new Error(\\\"boom\\\") }\\nf()\\n\" > /t.js; node /t.js; echo status=$?'",
    ])
    const text = r.lines.join('\n')
    expect(text).toContain('/t.js:1\nfunction f() { throw new Error("boom") }\n               ^\n\nError: boom\n    at f (/t.js:1:22)\n    at Object.<anonymous> (/t.js:2:1)\n    at Module._compile')
    expect(text).toMatch(/Node\.js v\d+\.\d+\.\d+\nstatus=1/)
  }, 30_000)
})
