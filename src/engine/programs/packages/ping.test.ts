import { describe, expect, it } from 'vitest'
import { createTestEngine, d } from '../../testing'

describe('ping (iputils-ping)', () => {
  it('prints iputils replies and statistics for -c', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web ubuntu sleep 1000')
    await d(e, 'docker exec web sh -c "apt-get update && apt-get install -y iputils-ping"')
    const r = await d(e, 'docker exec web ping -c 2 172.17.0.1')
    expect(r.stdout).toMatch(
      /^PING 172\.17\.0\.1 \(172\.17\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from 172\.17\.0\.1: icmp_seq=1 ttl=64 time=\d\.\d{3} ms\n64 bytes from 172\.17\.0\.1: icmp_seq=2 ttl=64 time=\d\.\d{3} ms\n\n--- 172\.17\.0\.1 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1001ms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/,
    )
    expect(r.status).toBe(0)
  })
  it('unresolvable names fail like getaddrinfo does offline', async () => {
    const e = createTestEngine()
    await d(e, 'docker run -d --name web ubuntu sleep 1000')
    await d(e, 'docker exec web sh -c "apt-get update && apt-get install -y iputils-ping"')
    const r = await d(e, 'docker exec web ping -c 1 example.com')
    expect(r.stderr).toBe('ping: example.com: Temporary failure in name resolution\n')
    expect(r.status).toBe(2)
  })
})
