import { describe, expect, test } from 'vitest'
import { createTestEngine, d, sh } from './testing'

describe('test kit', () => {
  test('runs docker commands and host shell lines against one engine', async () => {
    const e = createTestEngine()
    const run = await d(e, 'docker run -d --name web nginx')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/)
    expect(run.stderr).toContain("Unable to find image 'nginx:latest' locally")
    const ps = await sh(e, "docker ps --format '{{.Names}} {{.State}}' | wc -l")
    expect(ps.stdout.trim()).toBe('1')
  })
})
