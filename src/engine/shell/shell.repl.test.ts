import { describe, expect, it } from 'vitest'
import { interactiveShell } from './repl'
import { SHELL_PROGRAMS, shebangArgv } from './programs'
import { testMachine, ttyInput } from './test-kit'

describe('interactive shell', () => {
  it('prompts bash-style, runs lines, continues with PS2, and prints exit on Ctrl+D', async () => {
    const m = testMachine({ stdin: ttyInput(['cd /tmp\n', 'if true; then\n', 'echo hi\n', 'fi\n']), tty: true })
    const status = await interactiveShell(m.ctx, { flavor: 'bash' })
    expect(m.stdout()).toBe('hi\n')
    expect(m.stderr()).toBe('root@a1b2c3d4e5f6:/# root@a1b2c3d4e5f6:/tmp# > > root@a1b2c3d4e5f6:/tmp# exit\n')
    expect(status).toBe(0)
  })
  it('survives Ctrl+C at the prompt (an empty read) and exits with exit n', async () => {
    const m = testMachine({ stdin: ttyInput(['', 'exit 3\n', 'echo never\n']), tty: true })
    expect(await interactiveShell(m.ctx, { flavor: 'host' })).toBe(3)
    expect(m.stderr()).toBe('$ $ exit\n')
  })
  it('keeps state between lines and reports errors without exiting', async () => {
    const m = testMachine({ stdin: ttyInput(['X=5\n', 'nosuch\n', 'echo $X $?\n']), tty: true })
    await interactiveShell(m.ctx, { flavor: 'ash' })
    expect(m.stdout()).toBe('5 127\n')
    expect(m.stderr()).toBe('/ # / # sh: nosuch: not found\n/ # / # \n')
  })
  it('reads a script from piped stdin line by line, letting commands read the rest', async () => {
    const m = testMachine({ stdin: 'read x\nhello\necho "got $x"\n' })
    await interactiveShell(m.ctx, { flavor: 'dash' })
    expect(m.stdout()).toBe('got hello\n')
  })
})

describe('shell programs', () => {
  it('bash -c with $0 and arguments', async () => {
    const m = testMachine()
    const status = await SHELL_PROGRAMS.bash!({ ...m.ctx, argv: ['bash', '-c', 'echo $0 $1 $#; exit 4', 'me', 'a'] })
    expect(m.stdout()).toBe('me a 1\n')
    expect(status).toBe(4)
  })
  it('sh script.sh args, and dash errors naming the script', async () => {
    const m = testMachine({ files: { '/s.sh': 'echo "args: $*"\nnosuch\n' } })
    await SHELL_PROGRAMS.sh!({ ...m.ctx, argv: ['sh', '/s.sh', 'x', 'y'] })
    expect(m.stdout()).toBe('args: x y\n')
    expect(m.stderr()).toBe('/s.sh: 2: nosuch: not found\n')
  })
  it('runs an executable script through its shebang', async () => {
    const m = testMachine({ files: { '/usr/local/bin/hello': '#!/bin/sh\necho "hello $1"\n' } })
    m.fs.chmod('/usr/local/bin/hello', 0o755)
    expect(shebangArgv('#!/bin/sh -e\n', '/x', ['a'])).toEqual(['/bin/sh', '-e', '/x', 'a'])
    await SHELL_PROGRAMS.bash!({ ...m.ctx, argv: ['bash', '-c', 'hello world'] })
    expect(m.stdout()).toBe('hello world\n')
  })
  it('busybox dispatches applets by name or argument', async () => {
    const m = testMachine()
    await SHELL_PROGRAMS.busybox!({ ...m.ctx, argv: ['busybox', 'echo', 'via busybox'] })
    await SHELL_PROGRAMS.busybox!({ ...m.ctx, argv: ['/bin/sh', '-c', 'nosuch'] })
    expect(m.stdout()).toBe('via busybox\n')
    expect(m.stderr()).toBe('sh: nosuch: not found\n')
  })
})
