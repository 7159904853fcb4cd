import { describe, expect, it } from 'vitest'
import { run } from './test-kit'

describe('redirections', () => {
  it('writes, appends and reads files', async () => {
    const r = await run('echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; wc -l < /tmp/f')
    expect(r.stdout).toBe('one\ntwo\n2\n')
  })
  it('sends stderr to a file or to stdout', async () => {
    const r = await run('cat /nope 2> /tmp/err; cat /tmp/err; cat /nope 2>&1 | tr a-z A-Z')
    expect(r.stdout).toBe('cat: /nope: No such file or directory\nCAT: /NOPE: NO SUCH FILE OR DIRECTORY\n')
    expect(r.stderr).toBe('')
  })
  it('redirects both streams with &>', async () => {
    const r = await run('{ echo out; echo err >&2; } &> /tmp/both; cat /tmp/both')
    expect(r.stdout).toBe('out\nerr\n')
  })
  it('discards into /dev/null', async () => {
    const r = await run('echo gone > /dev/null; cat /nope 2>/dev/null; echo $?')
    expect(r.stdout).toBe('1\n')
  })
  it('expands here-docs unless the delimiter is quoted, and strips tabs with <<-', async () => {
    const r = await run("N=x\ncat <<EOF\na $N\nEOF\ncat <<'EOF'\nb $N\nEOF\ncat <<-END\n\t\tc\n\tEND\n")
    expect(r.stdout).toBe('a x\nb $N\nc\n')
  })
  it('reports a missing directory as bash does', async () => {
    const r = await run('echo hi > /no/such/file; echo $?')
    expect(r.stderr).toBe('bash: line 1: /no/such/file: No such file or directory\n')
    expect(r.stdout).toBe('1\n')
  })
  it('redirects a whole loop', async () => {
    const r = await run('for i in 1 2; do echo $i; done > /tmp/n; cat /tmp/n')
    expect(r.stdout).toBe('1\n2\n')
  })
})
