/**
 * The engine this playground stands in for. Version, API version and the CLI build commit are
 * Docker 28.5.2's; the remaining build details (Go version, engine and runtime commits, build
 * date) follow the shape `docker version` prints and were not checked against a real install.
 */
export const DOCKER_VERSION = {
  version: '28.5.2',
  api: '1.51',
  go: 'go1.24.9',
  cliCommit: 'ecc6942',
  engineCommit: '89c5e8f',
  built: 'Wed Nov  5 14:43:52 2025',
  containerd: 'v1.7.29',
  containerdCommit: '442cb34bda9a6a0fed82a2ca7cade05c5c749582',
  runc: '1.3.3',
  runcCommit: 'v1.3.3-0-gd842d771',
}
