// Prints one closing line for the whole suite: "tests: N passed, N failed".
import { readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const [vitestFile, playwrightFile] = process.argv.slice(2)
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'))
passed += vitest.numPassedTests
failed += vitest.numFailedTests
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      const ok = t.status === 'expected' || t.status === 'flaky'
      if (ok) passed++
      else if (t.status !== 'skipped') failed++
    }
  }
  for (const s of suite.suites ?? []) walk(s)
}
const pw = JSON.parse(readFileSync(playwrightFile, 'utf8'))
for (const s of pw.suites ?? []) walk(s)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
