import { describe, expect, test } from 'vitest'
import { d, sh } from '../engine/testing'
import { engine, serve, until } from './test-servers'

const SERVER = `const http = require('http')
const server = http.createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json')
      return res.end(JSON.stringify({ method: req.method, body, ua: req.headers['user-agent'] }))
    }
    if (req.url === '/chunked') {
      res.writeHead(201, { 'X-Test': 'yes' })
      res.write('a')
      return res.end(Buffer.from('b'))
    }
    res.end('hello from ' + req.method + ' ' + req.url + '\\n')
  })
})
server.listen(3000, () => console.log('listening on', server.address().port))
process.on('SIGTERM', () => {
  console.log('SIGTERM received')
  server.close(() => console.log('closed'))
})
`

describe('node servers on the virtual network', () => {
  test('a server answers through -p; headers as Node sends them; SIGTERM handler → exit 0 on docker stop', async () => {
    const e = engine()
    await serve(e, { 'srv.js': SERVER }, 'docker create --name web -p 8080:3000 -w /app node node srv.js')
    expect(await until(e, 'curl -s localhost:8080/hi', (o) => o !== '')).toBe('hello from GET /hi\n')
    const head = (await sh(e, 'curl -si localhost:8080/x')).stdout
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r?\nDate: .+ GMT\r?\nConnection: keep-alive\r?\nKeep-Alive: timeout=5\r?\nContent-Length: 18\r?\n\r?\nhello from GET \/x\n$/)
    const json = (await sh(e, "curl -s -X POST -d 'a=1' localhost:8080/json")).stdout
    expect(JSON.parse(json)).toEqual({ method: 'POST', body: 'a=1', ua: expect.stringMatching(/^curl\//) })
    const chunked = (await sh(e, 'curl -si localhost:8080/chunked')).stdout
    expect(chunked).toMatch(/^HTTP\/1\.1 201 Created\r?\nX-Test: yes\r?\nDate: .+\r?\nConnection: keep-alive\r?\nKeep-Alive: timeout=5\r?\nTransfer-Encoding: chunked\r?\n\r?\nab$/)
    expect((await d(e, 'docker stop web')).status).toBe(0)
    expect((await d(e, "docker ps -a --format '{{.Status}}'")).stdout).toMatch(/^Exited \(0\)/)
    expect((await d(e, 'docker logs web')).stdout).toBe('listening on 3000\nSIGTERM received\nclosed\n')
  }, 30_000)

  test('EADDRINUSE as Node prints it; without a SIGTERM handler PID 1 ignores docker stop (137 after -t)', async () => {
    const e = engine()
    const twice = "const http = require('http')\nhttp.createServer((q, s) => s.end('one')).listen(3000)\nhttp.createServer().listen(3000)\n"
    await serve(e, { 'two.js': twice }, 'docker create --name two -p 8081:3000 -w /app node node two.js')
    await until(e, "docker ps -a --format '{{.Status}}'", (o) => o.startsWith('Exited'))
    const logs = await d(e, 'docker logs two')
    expect(logs.stderr).toMatch(/^node:events:\d+\n {6}throw er; \/\/ Unhandled 'error' event\n {6}\^\n\nError: listen EADDRINUSE: address already in use :::3000\n {4}at Server\.setupListenHandle \[as _listen2\] \(node:net:\d+:\d+\)\n/)
    expect(logs.stderr).toContain("    at Object.<anonymous> (/app/two.js:3:21)\n")
    expect(logs.stderr).toContain("Emitted 'error' event on Server instance at:\n")
    expect(logs.stderr).toMatch(/ \{\n {2}code: 'EADDRINUSE',\n {2}errno: -98,\n {2}syscall: 'listen',\n {2}address: '::',\n {2}port: 3000\n\}\n\nNode\.js v\d+/)
    expect((await d(e, "docker ps -a --format '{{.Status}}'")).stdout).toMatch(/^Exited \(1\)/)

    const plain = "require('http').createServer((q, s) => s.end('plain')).listen(3000)\n"
    await serve(e, { 'plain.js': plain }, 'docker create --name plain -p 8082:3000 -w /app node node plain.js')
    expect(await until(e, 'curl -s localhost:8082', (o) => o !== '')).toBe('plain')
    expect((await d(e, 'docker stop -t 1 plain')).status).toBe(0)
    expect((await d(e, "docker ps -a --filter name=plain --format '{{.Status}}'")).stdout).toMatch(/^Exited \(137\)/)
    expect((await sh(e, 'curl -s localhost:8082; echo " status=$?"')).stdout).toBe(' status=7\n')
  }, 30_000)

  test('http.get from one container to another by name on a user network', async () => {
    const e = engine()
    await d(e, 'docker network create net1')
    await serve(e, { 'api.js': "require('http').createServer((q, s) => { s.setHeader('Content-Type', 'application/json'); s.end(JSON.stringify({ path: q.url })) }).listen(5000)\n" }, 'docker create --name api --network net1 -w /app node node api.js')
    const client = `const http = require('http')
function go() {
  http.get('http://api:5000/items?x=1', (res) => {
    let data = ''
    res.on('data', (c) => (data += c))
    res.on('end', () => console.log(res.statusCode, res.headers['content-type'], JSON.parse(data).path))
  }).on('error', (err) => { setTimeout(go, 50) })
}
go()
http.get('http://nowhere:1/', () => {}).on('error', (err) => console.log(err.message))
`
    await serve(e, { 'client.js': client }, 'docker create --name client --network net1 -w /app node node client.js')
    const out = await until(e, 'docker logs client', (o) => o.includes('200'))
    // the two requests race (the lookup failure usually answers first, not always on a busy machine)
    expect(out.split('\n').sort()).toEqual(['', '200 application/json /items?x=1', 'getaddrinfo ENOTFOUND nowhere'])
  }, 30_000)
})
