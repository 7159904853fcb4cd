import { describe, expect, test } from 'vitest'
import { d, sh } from '../engine/testing'
import { runHeadless } from './runner'
import { engine, serve, until } from './test-servers'

/** Lines typed into the headless terminal; the screen from the first typed line on. */
async function session(inputs: string[]): Promise<string> {
  const r = await runHeadless(inputs)
  return r.lines.join('\n')
}

const APP = [
  "const express = require('express')",
  "const cors = require('cors')",
  'const app = express()',
  'app.use(cors())',
  'app.use(express.json())',
  "app.use(express.urlencoded({ extended: true }))",
  "app.use(express.static('public'))",
  "app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q }))",
  "app.post('/echo', (req, res) => res.status(201).send(req.body))",
  "app.get('/boom', () => { throw new Error('boom') })",
  "app.get('/go', (req, res) => res.redirect('/users/7'))",
  "app.listen(3000, () => console.log('Example app listening on port 3000'))",
].join('\n')

describe('npm in node containers (offline catalog) and Express', () => {
  test('npm init, install, start: express routes, static files, JSON bodies, 404 page, errors', async () => {
    const e = engine()
    await serve(e, { 'app.js': APP, 'public/index.html': '<h1>static</h1>\n' }, 'docker create --name app -p 8080:3000 -w /app node sleep 1000')
    expect((await sh(e, 'docker exec app npm -v')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    const installed = await sh(e, "docker exec app sh -c 'npm init -y > /dev/null && npm install express cors'")
    expect(installed.stdout).toMatch(/^\nadded \d+ packages, and audited \d+ packages in \d+m?s\n\n\d+ packages are looking for funding\n {2}run `npm fund` for details\n\nfound 0 vulnerabilities\n$/)
    expect((await sh(e, "docker exec app npm pkg set scripts.start='node app.js'")).status).not.toBe(0) // npm pkg is not offered
    await sh(e, "docker exec app node -e 'const p = require(\"/app/package.json\"); p.scripts.start = \"node app.js\"; require(\"fs\").writeFileSync(\"/app/package.json\", JSON.stringify(p, null, 2))'")
    expect((await d(e, 'docker exec -d app npm start')).status).toBe(0)
    expect(await until(e, 'curl -s localhost:8080/', (o) => o !== '')).toBe('<h1>static</h1>\n')
    expect((await sh(e, "curl -s 'localhost:8080/users/42?q=x'")).stdout).toBe('{"id":"42","q":"x"}')
    expect((await sh(e, "curl -s -X POST -H 'Content-Type: application/json' -d '{\"a\":1}' localhost:8080/echo")).stdout).toBe('{"a":1}')
    expect((await sh(e, "curl -s -d 'name=ann&tags[]=x' localhost:8080/echo")).stdout).toBe('{"name":"ann","tags":["x"]}')
    const missing = (await sh(e, 'curl -si localhost:8080/nope')).stdout.replace(/\r/g, '')
    expect(missing).toMatch(/^HTTP\/1\.1 404 Not Found\nX-Powered-By: Express\nAccess-Control-Allow-Origin: \*\nContent-Security-Policy: default-src 'none'\nX-Content-Type-Options: nosniff\nContent-Type: text\/html; charset=utf-8\nContent-Length: 143\nDate: .+\nConnection: keep-alive\nKeep-Alive: timeout=5\n\n<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error<\/title>\n<\/head>\n<body>\n<pre>Cannot GET \/nope<\/pre>\n<\/body>\n<\/html>\n$/)
    expect((await sh(e, 'curl -s localhost:8080/boom')).stdout).toContain('<pre>Error: boom<br> &nbsp; &nbsp;at ')
    const redirect = (await sh(e, 'curl -si localhost:8080/go')).stdout.replace(/\r/g, '')
    expect(redirect).toMatch(/^HTTP\/1\.1 302 Found\nX-Powered-By: Express\nAccess-Control-Allow-Origin: \*\nLocation: \/users\/7\nContent-Type: text\/plain; charset=utf-8\nContent-Length: 30\n/)
    const e404 = await sh(e, 'docker exec app npm install nosuchpackage-xyz')
    expect(e404.status).toBe(1)
    expect(e404.stderr).toMatch(/^npm error code E404\nnpm error 404 Not Found - GET https:\/\/registry\.npmjs\.org\/nosuchpackage-xyz - Not found\nnpm error 404\nnpm error 404 {2}'nosuchpackage-xyz@\*' is not in this registry\.\n/)
    expect((await sh(e, 'docker exec app npm ls')).stdout).toBe('app@1.0.0 /app\n├── cors@2.8.5\n└── express@5.1.0\n\n')
    expect((await sh(e, 'docker exec app npm run')).stdout).toBe('Lifecycle scripts included in app@1.0.0:\n  test\n    echo "Error: no test specified" && exit 1\n  start\n    node app.js\n')
    expect((await sh(e, 'docker exec app ls node_modules/express')).stdout).toBe('index.js\nlib\npackage.json\n')
  }, 60_000)

  test('the colour app runs its own npm start and serves its page in $COLOR', async () => {
    const text = await session([
      'docker run -d -p 8080:3000 --name red devwikirepo/envnodecolorapp',
      'docker run -d -p 8081:3000 --name blue -e COLOR=blue devwikirepo/envnodecolorapp',
      'sleep 1',
      'curl -s localhost:8080 | grep -o "the [a-z]* app"',
      'curl -s localhost:8081 | grep -o "the [a-z]* app"',
      'docker logs blue',
    ])
    expect(text).toContain('$ curl -s localhost:8080 | grep -o "the [a-z]* app"\nthe red app\n')
    expect(text).toContain('$ curl -s localhost:8081 | grep -o "the [a-z]* app"\nthe blue app\n')
    expect(text).toContain('$ docker logs blue\n\n> envnodecolorapp@1.0.0 start /app\n> node app.js\n\nServer is running on port 3000 with color blue')
  }, 60_000)
})
