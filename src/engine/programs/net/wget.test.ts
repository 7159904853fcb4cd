import { describe, expect, it } from 'vitest'
import { servers, sh } from './test-kit'

const START = '--2024-07-16 04:36:32--  http://localhost:8080/\n'
const CONNECT = 'Resolving localhost (localhost)... 127.0.0.1\nConnecting to localhost (localhost)|127.0.0.1|:8080... connected.\n'
const DOTS = '\n     0K                                                       100% 58.7M=0s\n\n'

describe('wget', () => {
  it('saves to index.html with GNU Wget progress lines on stderr', async () => {
    const e = await servers()
    const r = await sh(e, 'wget localhost:8080')
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      START + CONNECT +
        'HTTP request sent, awaiting response... 200 OK\nLength: 615 [text/html]\nSaving to: ‘index.html’\n' + DOTS +
        '2024-07-16 04:36:32 (58.7 MB/s) - ‘index.html’ saved [615/615]\n\n',
    )
    expect(r.status).toBe(0)
    const page = e.host.fs.readFile('/home/learner/index.html')
    expect(page.length).toBe(615)
    expect(page).toContain('<title>Welcome to nginx!</title>')
  })
  it('does not overwrite: the next copy is index.html.1; file names come from the path', async () => {
    const e = await servers()
    const r = await sh(e, 'wget -q localhost:8080; wget -q localhost:8080; wget -q http://127.0.0.1:8080/index.html?x=1; ls')
    expect(r.stdout).toBe('index.html\nindex.html.1\nindex.html.2\n')
  })
  it('-q is silent; -O - writes the body to stdout', async () => {
    const e = await servers()
    const r = await sh(e, "wget -qO- localhost:8080 | grep -o '<title>.*</title>'")
    expect(r).toEqual({ stdout: '<title>Welcome to nginx!</title>\n', stderr: '', status: 0 })
    const loud = await sh(e, 'wget -O - localhost:8082/echo')
    expect(loud.stdout).toBe('GET /echo\nHost: localhost:8082\nUser-Agent: Wget/1.21.4\nAccept: */*\nAccept-Encoding: identity\nConnection: Keep-Alive\n\n')
    expect(loud.stderr).toContain("Saving to: ‘STDOUT’\n\n     0K")
    expect(loud.stderr).toContain('2024-07-16 04:36:32 (11.2 MB/s) - written to stdout [117/117]\n\n')
  })
  it('-O FILE names the file; a connection by address skips resolving', async () => {
    const e = await servers()
    const r = await sh(e, 'wget -O page.html 127.0.0.1:8080 && wc -c page.html')
    expect(r.stdout).toBe('615 page.html\n')
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(['--2024-07-16 04:36:32--  http://127.0.0.1:8080/', 'Connecting to 127.0.0.1:8080... connected.'])
  })
  it('-S prints the server response', async () => {
    const e = await servers()
    const r = await sh(e, 'wget -S -O /dev/null localhost:8080')
    expect(r.stderr).toContain(
      'HTTP request sent, awaiting response... \n  HTTP/1.1 200 OK\n  Server: nginx/1.29.4\n  Date: Tue, 16 Jul 2024 04:36:32 GMT\n' +
        '  Content-Type: text/html\n  Content-Length: 615\n  Connection: keep-alive\n  Accept-Ranges: bytes\nLength: 615 [text/html]\n',
    )
  })
  it('follows redirects, reusing the connection', async () => {
    const e = await servers()
    const r = await sh(e, 'wget -O /dev/null localhost:8082/redirect/1')
    expect(r.stderr.split('Length:')[0]).toBe(
      '--2024-07-16 04:36:32--  http://localhost:8082/redirect/1\n' +
        'Resolving localhost (localhost)... 127.0.0.1\nConnecting to localhost (localhost)|127.0.0.1|:8082... connected.\n' +
        'HTTP request sent, awaiting response... 302 Found\nLocation: /echo [following]\n' +
        '--2024-07-16 04:36:32--  http://localhost:8082/echo\nReusing existing connection to localhost:8082.\n' +
        'HTTP request sent, awaiting response... 200 OK\n',
    )
  })
  it('a body without Content-Length is "unspecified"', async () => {
    const e = await servers()
    const r = await sh(e, 'wget localhost:8082/stream')
    expect(r.stderr).toContain('Length: unspecified [text/plain]\nSaving to: ‘stream’\n')
    expect(r.stderr).toContain(`\n     0K${' '.repeat(55)}  977K=0s\n\n`)
    expect(r.stderr).toContain('(977 KB/s) - ‘stream’ saved [10]\n\n')
  })
})

describe('wget errors', () => {
  it('connection refused: exit 4', async () => {
    const e = await servers()
    const r = await sh(e, 'wget localhost:8081')
    expect(r.stderr).toBe(
      '--2024-07-16 04:36:32--  http://localhost:8081/\nResolving localhost (localhost)... 127.0.0.1\n' +
        'Connecting to localhost (localhost)|127.0.0.1|:8081... failed: Connection refused.\n',
    )
    expect(r.status).toBe(4)
  })
  it('404: ERROR line, exit 8, nothing saved', async () => {
    const e = await servers()
    const r = await sh(e, 'wget localhost:8080/nope; ls')
    expect(r.stderr).toBe(
      '--2024-07-16 04:36:32--  http://localhost:8080/nope\n' + CONNECT +
        'HTTP request sent, awaiting response... 404 Not Found\n2024-07-16 04:36:32 ERROR 404: Not Found.\n\n',
    )
    expect(r.stdout).toBe('')
    expect((await sh(e, 'wget -q localhost:8080/nope')).status).toBe(8)
  })
  it('unknown host: exit 4', async () => {
    const e = await servers()
    const r = await sh(e, 'wget http://nowhere/')
    expect(r.stderr).toBe('--2024-07-16 04:36:32--  http://nowhere/\nResolving nowhere (nowhere)... failed: Name or service not known.\nwget: unable to resolve host address ‘nowhere’\n')
    expect(r.status).toBe(4)
  })
  it('missing URL and unwritable -O', async () => {
    const e = await servers()
    expect(await sh(e, 'wget')).toEqual({ stdout: '', stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", status: 1 })
    expect(await sh(e, 'wget -O nodir/x localhost:8080')).toEqual({ stdout: '', stderr: 'nodir/x: No such file or directory\n', status: 1 })
  })
})
