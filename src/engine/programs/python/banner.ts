/**
 * The REPL banner. CPython's `pymain_header` prints `Python <Py_GetVersion()> on <platform>`,
 * where Py_GetVersion() is sys.version: `3.14.2 (main, Dec  5 2025, 03:42:06) [GCC 14.2.0]`
 * in the python:3.14 image. We build it from the sys.version of the interpreter that really
 * runs, so the banner never contradicts `sys.version`: same version, same build date, same
 * compiler, only shortened to the first two words the way GCC builds read
 * (`[Clang 23.0.0git (https://…)]` → `[Clang 23.0.0git]`). The platform is the container's OS.
 */
export function pythonBanner(sysVersion: string): string {
  // sys.version may break the line before "[" (CPython does for long build strings); the
  // date keeps its __DATE__ padding ("Dec  5").
  const flat = sysVersion.replace(/\s*\n\s*/g, ' ').trim()
  const m = /^(\S+) \(([^)]*)\) ?\[([^\]\s]+)(?: ([^\]\s]+))?/.exec(flat)
  const line = m ? `Python ${m[1]} (${m[2]}) [${m[3]}${m[4] ? ` ${m[4]}` : ''}] on linux` : `Python ${flat} on linux`
  return `${line}\nType "help", "copyright", "credits" or "license" for more information.\n`
}

/** Our own words (CPython has no such case): Ctrl+C had to replace the interpreter. */
export const RESET_NOTE =
  'KeyboardInterrupt\n(wharf: this browser cannot interrupt running Python code, so the interpreter was restarted; variables and imports are gone)\n'
