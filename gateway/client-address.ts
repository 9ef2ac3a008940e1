import { BlockList, isIP } from 'node:net';

/**
 * Which address a request comes from, for rate limiting. Behind a load balancer every TCP peer is the balancer,
 * so X-Forwarded-For is read — but only as far as it was written by proxies we trust: walking the header from
 * the right (the hop nearest to us), each entry is believed only while the hop that added it is a trusted
 * proxy. A client can prepend anything it likes to the header; it cannot make our own proxy vouch for it. A
 * malformed entry stops the walk at the last address we can believe, so at worst such clients share the
 * proxy's bucket. With no trusted proxies (the default) the header is ignored.
 */
export class ClientAddresses {
  private readonly trusted = new BlockList();
  private readonly any: boolean;

  /** `entries`: IPv4/IPv6 addresses and CIDR blocks (TRUSTED_PROXIES, comma-separated). */
  constructor(entries: string[]) {
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.trusted.addAddress(address, type);
      else this.trusted.addSubnet(address, Number(prefix), type);
    }
    this.any = entries.length > 0;
  }

  of(peer: string | undefined, forwardedFor: string | string[] | undefined): string | undefined {
    if (!peer || !this.any) return peer;
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
    const hops = header
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    let client = unmapped(peer);
    for (let index = hops.length - 1; index >= 0 && this.isTrusted(client); index -= 1) {
      const hop = unmapped(hops[index] ?? '');
      if (isIP(hop) === 0) break;
      client = hop;
    }
    return client;
  }

  private isTrusted(address: string): boolean {
    const type = isIP(address);
    return type !== 0 && this.trusted.check(address, type === 6 ? 'ipv6' : 'ipv4');
  }
}

/** IPv4 clients seen through an IPv6 socket (::ffff:1.2.3.4) are the IPv4 client. */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}
