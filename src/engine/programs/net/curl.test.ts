import { describe, expect, it } from 'vitest'
import { d } from '../../testing'
import { METER_HEADER } from './curl-meter'
import { onTty, servers, sh } from './test-kit'

const HEAD =
  'HTTP/1.1 200 OK\r\nServer: nginx/1.29.4\r\nDate: Tue, 16 Jul 2024 04:36:32 GMT\r\nContent-Type: text/html\r\n' +
  'Content-Length: 615\r\nConnection: keep-alive\r\nAccept-Ranges: bytes\r\n\r\n'

describe('curl against a published nginx', () => {
  it('prints the body to stdout and nothing else with -s', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -s localhost:8080')
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>')
    expect(r.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true)
    expect(r.stdout.length).toBe(615)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
  it('feeds a pipe', async () => {
    const e = await servers()
    const r = await sh(e, "curl -s localhost:8080 | grep -o '<title>.*</title>'")
    expect(r.stdout).toBe('<title>Welcome to nginx!</title>\n')
  })
  it('takes full URLs, 127.0.0.1 and the container address', async () => {
    const e = await servers()
    const r = await sh(e, "curl -s 'http://127.0.0.1:8080/index.html?q=1' | grep -c nginx; curl -s 172.17.0.2 | grep -o '<h1>.*</h1>'")
    expect(r.stdout).toBe('6\n<h1>Welcome to nginx!</h1>\n')
  })
  it('-i puts the status line and headers (CRLF) before the body', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -si localhost:8080')
    expect(r.stdout.startsWith(HEAD + '<!DOCTYPE html>')).toBe(true)
  })
  it('-I sends HEAD and prints only the headers; nginx logs the request with curl as agent', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sI localhost:8080')
    expect(r.stdout).toBe(HEAD)
    const logs = await d(e, 'docker logs web')
    expect(logs.stdout).toContain('"HEAD / HTTP/1.1" 200 0 "-" "curl/8.5.0" "-"')
  })
  it('-o writes the body to a file relative to the working directory', async () => {
    const e = await servers()
    const r = await sh(e, 'mkdir -p site && cd site && curl -s -o page.html localhost:8080 && grep -o "<title>.*</title>" page.html')
    expect(r.stdout).toBe('<title>Welcome to nginx!</title>\n')
    expect(e.host.fs.readFile('/home/learner/site/page.html').length).toBe(615)
  })
  it('-O names the file after the URL', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sO localhost:8080/index.html && wc -c index.html')
    expect(r.stdout).toBe('615 index.html\n')
  })
  it('-w formats what it learned', async () => {
    const e = await servers()
    const r = await sh(e, `curl -s -o /dev/null -w '%{http_code} %{content_type} %{size_download} %{url_effective}\\n' localhost:8080`)
    expect(r.stdout).toBe('200 text/html 615 http://localhost:8080/\n')
    const missing = await sh(e, `curl -s -o /dev/null -w '%{http_code}' localhost:8080/nope`)
    expect(missing.stdout).toBe('404')
    expect(missing.status).toBe(0)
  })
  it('sends Host, User-Agent and Accept; -H adds, replaces and removes headers; -A sets the agent', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -s localhost:8082/echo')
    expect(r.stdout).toBe('GET /echo\nHost: localhost:8082\nUser-Agent: curl/8.5.0\nAccept: */*\n\n')
    const h = await sh(e, "curl -s -H 'X-Trace: 42' -H 'Accept: text/plain' -H 'User-Agent:' localhost:8082/echo")
    expect(h.stdout).toBe('GET /echo\nHost: localhost:8082\nAccept: text/plain\nX-Trace: 42\n\n')
    const a = await sh(e, 'curl -s -A probe/1 localhost:8082/echo')
    expect(a.stdout).toContain('User-Agent: probe/1\n')
  })
  it('-d posts form data (several joined with &); -X changes the method', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -s -d name=web -d port=80 localhost:8082/echo')
    expect(r.stdout).toBe(
      'POST /echo\nHost: localhost:8082\nUser-Agent: curl/8.5.0\nAccept: */*\nContent-Length: 16\n' +
        'Content-Type: application/x-www-form-urlencoded\n\nname=web&port=80',
    )
    const x = await sh(e, 'curl -s -X DELETE localhost:8082/echo/1 | head -1')
    expect(x.stdout).toBe('DELETE /echo/1\n')
  })
  it('-L follows redirects (POST becomes GET after a 302); without it the 302 body is printed', async () => {
    const e = await servers()
    const r = await sh(e, "curl -sL -w '%{num_redirects} %{url_effective}' localhost:8082/redirect/3 | tail -1")
    expect(r.stdout).toBe('3 http://localhost:8082/echo')
    const post = await sh(e, 'curl -sL -d x=1 localhost:8082/redirect/1 | head -1')
    expect(post.stdout).toBe('GET /echo\n')
    const plain = await sh(e, "curl -s -w '%{http_code}' localhost:8082/redirect/1")
    expect(plain.stdout).toBe('moved\n302')
  })
  it('-i with -L shows every response head', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -siL localhost:8082/see-other')
    expect(r.stdout).toBe(
      'HTTP/1.1 303 See Other\r\nLocation: http://localhost:8082/echo\r\nContent-Length: 6\r\n\r\n' +
        'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 67\r\n\r\n' +
        'GET /echo\nHost: localhost:8082\nUser-Agent: curl/8.5.0\nAccept: */*\n\n',
    )
  })
  it('-v traces the exchange on stderr', async () => {
    const e = await servers()
    const r = await sh(e, 'curl -sv localhost:8082/echo -o /dev/null')
    expect(r.stderr).toBe(
      '*   Trying 127.0.0.1:8082...\n* Connected to localhost (127.0.0.1) port 8082\n' +
        '> GET /echo HTTP/1.1\r\n> Host: localhost:8082\r\n> User-Agent: curl/8.5.0\r\n> Accept: */*\r\n> \r\n' +
        '< HTTP/1.1 200 OK\r\n< Content-Type: text/plain\r\n< Content-Length: 67\r\n< \r\n' +
        '{ [67 bytes data]\n* Connection #0 to host localhost left intact\n',
    )
  })
})

describe('curl progress meter', () => {
  it('is drawn on stderr when stdout is not a terminal', async () => {
    const e = await servers()
    const r = await sh(e, 'curl localhost:8080 > page.html')
    expect(r.stderr).toBe(
      METER_HEADER +
        '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0' +
        '\r100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n',
    )
    expect(METER_HEADER).toBe(
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
        '                                 Dload  Upload   Total   Spent    Left  Speed\n',
    )
  })
  it('counts an upload and a body without Content-Length', async () => {
    const e = await servers()
    const up = await sh(e, 'curl -d a=1 localhost:8082/echo > /dev/null')
    expect(up.stderr.endsWith('\r100   140  100   137  100     3   133k   3000 --:--:-- --:--:-- --:--:--  136k\n')).toBe(true)
    const stream = await sh(e, 'curl localhost:8082/stream > /dev/null')
    expect(stream.stderr.endsWith('\r100    10    0    10    0     0  10000      0 --:--:-- --:--:-- --:--:-- 10000\n')).toBe(true)
  })
  it('is not drawn when the body goes to a terminal, nor with -s', async () => {
    const e = await servers()
    const tty = await onTty(e, ['curl', 'localhost:8080'])
    expect(tty.stderr).toBe('')
    expect(tty.stdout).toContain('<title>Welcome to nginx!</title>')
    const silent = await sh(e, 'curl -s localhost:8080 > /dev/null')
    expect(silent.stderr).toBe('')
  })
  it('is drawn with -o even on a terminal', async () => {
    const e = await servers()
    const r = await onTty(e, ['curl', '-o', 'x.html', 'localhost:8080'])
    expect(r.stderr.startsWith(METER_HEADER)).toBe(true)
    expect(r.stdout).toBe('')
  })
})
