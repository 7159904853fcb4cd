/** The root command's own flags: docker/cli `cli/flags/options.go` InstallFlags and `cmd/docker/docker.go`. */
import type { FlagSpec } from './types'

/** `configDir` is config.Dir(): $DOCKER_CONFIG, else $HOME/.docker. */
export function globalFlags(configDir = '/root/.docker'): FlagSpec[] {
  return [
    { name: 'config', type: 'string', usage: 'Location of client config files', default: configDir },
    { name: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
    {
      name: 'log-level',
      short: 'l',
      type: 'string',
      usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
      default: 'info',
    },
    { name: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
    { name: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
    { name: 'tlscacert', type: 'string', usage: 'Trust certs signed only by this CA', default: `${configDir}/ca.pem` },
    { name: 'tlscert', type: 'string', usage: 'Path to TLS certificate file', default: `${configDir}/cert.pem` },
    { name: 'tlskey', type: 'string', usage: 'Path to TLS key file', default: `${configDir}/key.pem` },
    { name: 'host', short: 'H', type: 'string', usage: 'Daemon socket to connect to' },
    {
      name: 'context',
      short: 'c',
      type: 'string',
      usage:
        'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
    },
    { name: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
  ]
}

export const DOCKER_VERSION_LINE = 'Docker version 28.5.2, build ecc6942'
