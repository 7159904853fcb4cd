import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runHeadless } from '../src/headless/runner'
import { nodeRuntimePrograms } from '../src/headless/runtimes'
import { matchTranscript, readTranscript } from './transcript-format'

const DIR = join(import.meta.dirname, 'transcripts')

/**
 * Transcripts whose programs belong to issues still open. They run too, as expected failures:
 * the day one starts passing, this list must shrink (vitest reports an unexpected pass).
 */
const PENDING: Record<string, string> = {
  '05-seed-build-nginx.txt': 'issue 4: docker build',
  '09-seed-node-app-build.txt': 'issue 4: docker build and node programs',
  '08-seed-env-color.txt': 'issues 3 and 5: docker exec, the colour app serving through -p',
}

function parseArgs(args: string[]): { now?: string; seed?: number } {
  const o: { now?: string; seed?: number } = {}
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--now') o.now = args[++i]
    else if (args[i] === '--seed') o.seed = Number(args[++i])
  }
  return o
}

describe('conformance transcripts (real Docker 28 sessions) through the headless runner', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const t = readTranscript(readFileSync(join(DIR, file), 'utf8'))
    const check = async () => {
      const r = await runHeadless(t.inputs, { ...parseArgs(t.args), programs: nodeRuntimePrograms() })
      const miss = matchTranscript(t.body, r.lines)
      expect(miss, `${file}\n--- actual ---\n${r.lines.join('\n')}`).toBeNull()
    }
    if (PENDING[file]) test.fails(`${file} (pending ${PENDING[file]})`, check, 60_000)
    else test(`${file}: ${t.title}`, check, 60_000)
  }
})

describe('the transcript matcher', () => {
  test('placeholders, column runs and {LINES}', () => {
    expect(matchTranscript(['{ID12}   node   {ANY}', '{LINES}', 'end'], ['0123456789ab     node  x', 'a', 'b', 'end'])).toBeNull()
    expect(matchTranscript(['a b'], ['a  b'])).not.toBeNull()
    expect(matchTranscript(['x'], ['x', 'y'])).toEqual({ expectedLine: 2, actualLine: 2, expected: '<end>', actual: 'y' })
  })
})
