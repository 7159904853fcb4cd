/** Names of the shell's own builtins (for `type` and `command -v`). */
export const BUILTIN_NAMES = new Set([
  'cd', 'pwd', 'echo', 'printf', 'export', 'unset', 'set', 'shift', 'local', 'readonly', 'exit', 'return', 'break',
  'continue', 'true', 'false', ':', 'eval', 'source', '.', 'exec', 'wait', 'read', 'test', '[', 'type', 'command',
  'alias', 'unalias', 'history',
])
