import { describe, expect, it } from 'vitest'
import { METER_HEADER } from './curl-meter'
import { servers, sh } from './test-kit'

const ZERO = '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0'
const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n"

describe('curl errors, worded as curl 8.5 words them', () => {
  it('connection refused: (7), silent with -s unless -S', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sS localhost:8081')
    expect(r).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n", status: 7 })
    expect(await sh(e, 'curl -s localhost:8081')).toEqual({ stdout: '', stderr: '', status: 7 })
  })
  it('connection refused without -s: the meter, a newline, then the error', async () => {
    const e = await servers()
    const r = await sh(e, 'curl 127.0.0.1:9999 | cat')
    expect(r.stderr).toBe(`${METER_HEADER}${ZERO}${ZERO}\ncurl: (7) Failed to connect to 127.0.0.1 port 9999 after 0 ms: Couldn't connect to server\n`)
  })
  it('unknown host: (6)', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sS http://foo/; echo $?')
    expect(r.stderr).toBe('curl: (6) Could not resolve host: foo\n')
    expect(r.stdout).toBe('6\n')
  })
  it('https has no TLS to talk to: a refused 443, or (6) for an unknown host', async () => {
    const e = await servers()
    expect((await sh(e, 'curl -sS https://localhost/')).stderr).toBe("curl: (7) Failed to connect to localhost port 443 after 0 ms: Couldn't connect to server\n")
    const r = await sh(e, 'curl -sS https://nowhere.example')
    expect([r.stderr, r.status]).toEqual(['curl: (6) Could not resolve host: nowhere.example\n', 6])
  })
  it('bad URLs: (3) with the URL parser reason; unknown schemes (1)', async () => {
    const e = await servers()
    const r = await sh(e, "curl -sS 'http://local host/'")
    expect([r.stderr, r.status]).toEqual(['curl: (3) URL rejected: Malformed input to a URL function\n', 3])
    expect((await sh(e, 'curl -sS localhost:99999')).stderr).toBe('curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n')
    expect((await sh(e, 'curl -sS http://')).stderr).toBe('curl: (3) URL rejected: No host part in the URL\n')
    const g = await sh(e, 'curl -sS gopher2://x')
    expect([g.stderr, g.status]).toEqual(['curl: (1) Protocol "gopher2" not supported or disabled in libcurl\n', 1])
  })
  it('-f turns an HTTP error into (22) and prints no body; --fail-with-body keeps it', async () => {
    const e = await servers()
    expect(await sh(e, 'curl -sSf localhost:8080/nope')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', status: 22 })
    expect(await sh(e, 'curl -sf localhost:8080/nope')).toEqual({ stdout: '', stderr: '', status: 22 })
    const body = await sh(e, 'curl -sS --fail-with-body localhost:8080/nope')
    expect(body.stdout).toContain('<title>404 Not Found</title>')
    expect([body.stderr, body.status]).toEqual(['curl: (22) The requested URL returned error: 404\n', 22])
    expect((await sh(e, 'curl -s localhost:8080/nope; echo " $?"')).stdout).toMatch(/<\/html>\r\n 0\n$/)
  })
  it('usage errors exit 2', async () => {
    const e = await servers()
    expect(await sh(e, 'curl')).toEqual({ stdout: '', stderr: TRY, status: 2 })
    expect(await sh(e, 'curl -s')).toEqual({ stdout: '', stderr: `curl: (2) no URL specified\n${TRY}`, status: 2 })
    expect(await sh(e, 'curl --bogus localhost')).toEqual({ stdout: '', stderr: `curl: option --bogus: is unknown\n${TRY}`, status: 2 })
    expect(await sh(e, 'curl localhost -o')).toEqual({ stdout: '', stderr: `curl: option -o: requires parameter\n${TRY}`, status: 2 })
  })
  it('an output file that cannot be written: (23)', async () => {
    const e = await servers()
    expect(await sh(e, 'curl -sS -o nodir/page.html localhost:8080')).toEqual({
      stdout: '',
      stderr: 'curl: (23) Failure writing output to destination\n',
      status: 23,
    })
    const loud = await sh(e, 'curl -o nodir/page.html localhost:8080')
    expect(loud.stderr).toContain('Warning: Failed to open the file nodir/page.html: No such file or directory\n')
    expect(loud.stderr.endsWith('\ncurl: (23) Failure writing output to destination\n')).toBe(true)
    expect(await sh(e, 'curl -O localhost:8080/')).toEqual({ stdout: '', stderr: 'curl: Remote file name has no length\n', status: 23 })
  })
  it('too many redirects: (47)', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sSL --max-redirs 3 localhost:8082/loop')
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'curl: (47) Maximum (3) redirects followed\n', 47])
  })
})
