import { describe, expect, test } from 'vitest'
import { runHeadless } from '../src/headless/runner'

/** Real CPython (Pyodide in Node): one interpreter per process, so these share its ≈2.5 s cold start. */
const run = (inputs: string[]) => runHeadless(inputs)

describe('python3 through real Pyodide in the headless runner', () => {
  test('REPL: state, files written back, hostname, cwd; scripts: argv, tracebacks, statuses', async () => {
    const { lines } = await run([
      'docker run -dit --name py -w /srv python',
      "docker exec py sh -c 'printf \"import sys\\nprint(sys.argv[1:])\\n1/0\\n\" > /srv/app.py'",
      'docker attach py',
      'x = 6 * 7',
      "open('out.txt', 'w').write(str(x))",
      'import os, socket; (os.getcwd(), socket.gethostname() == os.environ["HOSTNAME"])',
      '^P^Q',
      'docker exec py cat /srv/out.txt',
      'docker exec py python3 app.py a b; echo "status $?"',
      "docker exec py python -c 'import sys; sys.exit(\"bye\")'; echo \"status $?\"",
    ])
    const text = lines.join('\n')
    expect(text).toContain("('/srv', True)")
    expect(text).toContain("$ docker exec py cat /srv/out.txt\n42$ ")
    expect(text).toContain("['a', 'b']\nTraceback (most recent call last):\n  File \"/srv/app.py\", line 3, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\nstatus 1")
    expect(text).toContain('bye\nstatus 1')
  }, 60_000)

  test('a second REPL in the same process starts warm and does not see the first one\'s variables', async () => {
    const t0 = Date.now()
    const { lines } = await run(['docker run -it python', 'x', 'exit()'])
    const warm = Date.now() - t0
    expect(lines.join('\n')).toContain("NameError: name 'x' is not defined")
    expect(warm).toBeLessThan(2000)
  }, 60_000)
})
