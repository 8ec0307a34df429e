// Which client addresses are one client, for what is counted per address (the staff login limits,
// src/staff/login-limiter.ts, and the password-check queue). An IPv6 client is its /64: a home
// line, a phone or a rented server is given at least a /64 (often a /56 or a /48), and may use any
// of its 2^64 addresses (privacy extensions change it every day by themselves). Counted address by
// address, one machine had a fresh allowance at every attempt: a spray of one password over many
// usernames, which the per-address limit stops at 20, went on without end from one /64 (round 28).
// An IPv4 address is itself, written as IPv4 when it comes inside an IPv6 one (::ffff:a.b.c.d, as a
// dual-stack socket reports it), so it is counted as the same client however it arrived.

import { isIP } from 'node:net';

/** The network a client's address counts as: an IPv6 address's /64 ("2001:db8:1:2::/64"), any other as given. */
export function clientNetwork(address: string): string {
  const bare = address.replace(/%.*$/, ''); // a zone ("fe80::1%eth0") names our interface, not the client
  if (isIP(bare) !== 6) return address;
  const words = ipv6Words(bare);
  // An IPv4 client reached over IPv6: IPv4-mapped (::ffff:a.b.c.d) or through a NAT64 gateway
  // (64:ff9b::a.b.c.d, where a whole /64 would be every IPv4 client of the Internet).
  const mapped = words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff;
  const nat64 = words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0);
  if (mapped || nat64) return [words[6]! >> 8, words[6]! & 255, words[7]! >> 8, words[7]! & 255].join('.');
  // The loopback (::1) and the unspecified address are this machine, not a network of clients.
  if (words.slice(0, 7).every((w) => w === 0)) return bare;
  return `${words
    .slice(0, 4)
    .map((w) => w.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit words of a valid IPv6 address ("::" expanded, a trailing dotted IPv4 read as two words). */
function ipv6Words(address: string): number[] {
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((piece) => {
          if (!piece.includes('.')) return [parseInt(piece, 16)];
          const [a, b, c, d] = piece.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head = '', tail] = address.split('::');
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
