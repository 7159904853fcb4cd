import type { LayerFiles } from '../fs/types'

/** Commands on the learner's host PATH (a small Linux box with the docker client). */
export const HOST_COMMANDS = [
  'docker', 'ls', 'cat', 'echo', 'printf', 'pwd', 'mkdir', 'rm', 'rmdir', 'cp', 'mv', 'touch', 'grep', 'sed', 'wc',
  'head', 'tail', 'sort', 'uniq', 'tr', 'cut', 'tee', 'xargs', 'env', 'printenv', 'date', 'sleep', 'true', 'false',
  'hostname', 'uname', 'whoami', 'id', 'basename', 'dirname', 'seq', 'find', 'which', 'clear', 'curl', 'wget', 'stat',
  'tac', 'nl', 'yes', 'test', 'bash', 'sh', 'ln', 'chmod', 'du', 'df', 'ps',
]

/** The host's read-only base: binaries and a few files. The workspace lives in the upper layer. */
export function hostBaseLayer(mtime: number): LayerFiles {
  const dir = { type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, mtime }
  const files: LayerFiles = {
    '/bin': dir,
    '/usr': dir,
    '/usr/bin': dir,
    '/etc': dir,
    '/tmp': { ...dir, mode: 0o1777 },
    '/home': dir,
    '/etc/hostname': { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: 'wharf\n' },
    '/etc/passwd': {
      type: 'file',
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime,
      data: 'root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner:/home/learner:/bin/bash\n',
    },
    '/etc/group': { type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: 'root:x:0:\ndocker:x:999:learner\nlearner:x:1000:\n' },
    '/etc/os-release': {
      type: 'file',
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime,
      data: 'PRETTY_NAME="Wharf playground host"\nNAME="Wharf"\nID=wharf\n',
    },
  }
  for (const c of HOST_COMMANDS) {
    const program = c === 'sh' ? 'dash' : c
    files[`/usr/bin/${c}`] = { type: 'file', mode: 0o755, uid: 0, gid: 0, mtime, data: '', program }
  }
  return files
}

export const HOST_HOME = '/home/learner'
export const HOST_PATH = '/usr/local/bin:/usr/bin:/bin'
