// Which addresses count as one client for the limits kept per address (src/http/client-network.ts).

import { describe, expect, it } from 'vitest';
import { clientNetwork } from '../../src/http/client-network.ts';

describe('clientNetwork', () => {
  it.each([
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2:0:0:0:9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2:3:4:192.0.2.1', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('counts the IPv6 address %s as its /64, %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });

  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::ffff:cb00:7109', '203.0.113.9'],
    ['64:ff9b::203.0.113.9', '203.0.113.9'],
  ])('counts the IPv4 client %s as %s, however it arrived', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });

  it.each(['::1', '::', 'unknown', ''])('leaves %j as it is (this machine, or no address)', (address) => {
    expect(clientNetwork(address)).toBe(address);
  });
});
