import { describe, expect, test } from 'vitest'
import { runHeadless } from '../headless/runner'

describe('a terminal session', () => {
  test('Ctrl+C cancels a pull in progress and gives the prompt back', async () => {
    // 1 kB/s: the nginx pull would take hours; ^C arrives once the output goes quiet
    const r = await runHeadless(['docker pull nginx', '^C', 'echo status=$?', 'docker images -q | wc -l'], {
      pullBytesPerSecond: 1000,
      now: '2026-01-01T00:00:00Z',
    })
    const text = r.lines.join('\n')
    expect(text).toContain('latest: Pulling from library/nginx')
    expect(text).not.toContain('Status: Downloaded newer image')
    expect(r.lines).toContain('status=130')
    expect(r.lines[r.lines.length - 1]).toBe('0')
  })

  test('line editing: history recall and Ctrl+U reach the shell as edited lines', async () => {
    const r = await runHeadless(['echo first', '\x1b[A', 'junk\x15echo second'], { now: '2026-01-01T00:00:00Z' })
    expect(r.lines).toEqual(['$ echo first', 'first', '$ echo first', 'first', '$ echo second', 'second'])
  })

  test('each input line waits for the program that reads it (a container shell)', async () => {
    const r = await runHeadless(['docker run -it --name box busybox', 'echo $HOSTNAME | wc -c', 'exit 4', 'echo $?'], {
      now: '2026-01-01T00:00:00Z',
    })
    const text = r.lines.join('\n')
    expect(text).toMatch(/^\/ # echo \$HOSTNAME \| wc -c\n13\n\/ # exit 4$/m)
    expect(r.lines[r.lines.length - 1]).toBe('4')
  })
})

describe('docker run -t without -i', () => {
  test('shows the container terminal; Ctrl+C ends the client (130) and the container runs on', async () => {
    const r = await runHeadless(['docker run -t --name tt ubuntu', '^C', 'echo status=$?', 'docker ps --format "{{.Names}} {{.State}}"'], {
      now: '2026-01-01T00:00:00Z',
    })
    const text = r.lines.join('\n')
    expect(text).toMatch(/^root@[0-9a-f]{12}:\/# \^C$/m)
    expect(r.lines).toContain('status=130')
    expect(r.lines[r.lines.length - 1]).toBe('tt running')
  })

  test('a foreground program that does not read gets SIGINT and the terminal echoes ^C', async () => {
    const r = await runHeadless(['sleep 100', '^C', 'echo $?'], { now: '2026-01-01T00:00:00Z' })
    expect(r.lines).toEqual(['$ sleep 100', '^C', '$ echo $?', '130'])
  })
})
