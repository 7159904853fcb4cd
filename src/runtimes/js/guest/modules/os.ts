/** Node's `os`, describing the container (Linux, its hostname, root's home unless HOME says otherwise). */
export function makeOs(o: { hostname: string; env: Record<string, string> }) {
  const cpu = { model: 'Virtual CPU', speed: 2400, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } }
  return {
    EOL: '\n',
    devNull: '/dev/null',
    hostname: () => o.hostname,
    platform: () => 'linux',
    type: () => 'Linux',
    arch: () => 'x64',
    machine: () => 'x86_64',
    release: () => '6.10.14-linuxkit',
    version: () => '#1 SMP PREEMPT_DYNAMIC',
    homedir: () => o.env.HOME ?? '/root',
    tmpdir: () => o.env.TMPDIR ?? '/tmp',
    endianness: () => 'LE',
    uptime: () => 3600,
    loadavg: () => [0, 0, 0],
    totalmem: () => 8 * 1024 ** 3,
    freemem: () => 6 * 1024 ** 3,
    availableParallelism: () => 4,
    cpus: () => [cpu, cpu, cpu, cpu],
    networkInterfaces: () => ({}),
    userInfo: () => ({ uid: 0, gid: 0, username: 'root', homedir: '/root', shell: '/bin/bash' }),
    constants: { signals: { SIGINT: 2, SIGTERM: 15, SIGKILL: 9 } },
  }
}
