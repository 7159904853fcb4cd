import { describe, expect, it } from 'vitest'
import { run } from './test-kit'

describe('diagnostics per flavor', () => {
  it('bash -c: command not found, 127', async () => {
    const r = await run('nosuch arg')
    expect(r.stderr).toBe('bash: line 1: nosuch: command not found\n')
    expect(r.status).toBe(127)
  })
  it('dash: "sh: 1: foo: not found"', async () => {
    const r = await run('nosuch', { flavor: 'dash' })
    expect(r.stderr).toBe('sh: 1: nosuch: not found\n')
    expect(r.status).toBe(127)
  })
  it('busybox ash: "sh: foo: not found"', async () => {
    const r = await run('nosuch', { flavor: 'ash' })
    expect(r.stderr).toBe('sh: nosuch: not found\n')
  })
  it('a non-executable file is 126 Permission denied', async () => {
    const r = await run('echo x > /tmp/s; /tmp/s; echo $?')
    expect(r.stderr).toBe('bash: line 1: /tmp/s: Permission denied\n')
    expect(r.stdout).toBe('126\n')
  })
  it('a directory is 126 Is a directory; a missing path 127', async () => {
    const r = await run('/tmp; echo $?; ./nope; echo $?')
    expect(r.stderr).toBe('bash: line 1: /tmp: Is a directory\nbash: line 1: ./nope: No such file or directory\n')
    expect(r.stdout).toBe('126\n127\n')
  })
  it('bash syntax errors: status 2 and the bash wording', async () => {
    const r = await run('echo a; fi')
    expect(r.stderr).toBe("bash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `echo a; fi'\n")
    expect(r.status).toBe(2)
  })
  it('dash syntax errors', async () => {
    const r = await run('echo )', { flavor: 'dash' })
    expect(r.stderr).toBe('sh: 1: Syntax error: ")" unexpected\n')
    expect(r.status).toBe(2)
  })
  it('cd to a missing directory per flavor', async () => {
    expect((await run('cd /nope')).stderr).toBe('bash: line 1: cd: /nope: No such file or directory\n')
    expect((await run('cd /nope', { flavor: 'dash' })).stderr).toBe("sh: 1: cd: can't cd to /nope\n")
    expect((await run('cd /nope', { flavor: 'ash' })).stderr).toBe("sh: cd: can't cd to /nope: No such file or directory\n")
  })
  it('dash echo interprets escapes, bash echo needs -e', async () => {
    expect((await run("echo 'a\\tb'", { flavor: 'dash' })).stdout).toBe('a\tb\n')
    expect((await run("echo 'a\\tb'; echo -e 'a\\tb'")).stdout).toBe('a\\tb\na\tb\n')
  })
})
