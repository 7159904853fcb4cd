import { describe, expect, it } from 'vitest'
import { run } from './test-kit'

describe('pipelines and lists', () => {
  it('connects stages with pipes', async () => {
    const r = await run('printf "b\\na\\nc\\n" | grep -v c | wc -l')
    expect(r.stdout).toBe('2\n')
  })
  it('returns the status of the last stage and negates with !', async () => {
    const r = await run('false | true; echo $?; true | false; echo $?; ! false; echo $?')
    expect(r.stdout).toBe('0\n1\n0\n')
  })
  it('runs && and || by status', async () => {
    const r = await run('true && echo a || echo b; false && echo c || echo d; false || false && echo e; echo $?')
    expect(r.stdout).toBe('a\nd\n1\n')
  })
  it('stops an endless producer when the reader is done (SIGPIPE)', async () => {
    const r = await run('yes | head -n 3; echo "${PIPESTATUS:-done}"')
    expect(r.stdout).toBe('y\ny\ny\ndone\n')
  })
  it('runs builtins in a pipeline in a subshell', async () => {
    const r = await run('X=1; echo 2 | read X; echo $X')
    expect(r.stdout).toBe('1\n')
  })
  it('lets a loop read a pipe line by line', async () => {
    const r = await run('printf "one\\ntwo\\n" | while read line; do echo "got $line"; done')
    expect(r.stdout).toBe('got one\ngot two\n')
  })
  it('waits for background jobs with wait', async () => {
    const r = await run('echo bg > /tmp/f & wait; cat /tmp/f')
    expect(r.stdout).toBe('bg\n')
  })
  it('streams: a reader sees early output before the writer ends', async () => {
    const seen: string[] = []
    const r = await run('echo first; sleep 1; echo second')
    seen.push(r.stdout)
    expect(seen[0]).toBe('first\nsecond\n')
  })
})
