// Resolves *.masthead.test to 127.0.0.1 inside the test process, so clients that put an API
// key in the host name ({key}.spam.masthead.test) reach a local server with that Host header.
import dns from 'node:dns';

const originalLookup = dns.lookup;

export function resolveTestHosts(): () => void {
  (dns as any).lookup = (hostname: string, options: any, callback: any) => {
    if (hostname === 'masthead.test' || hostname.endsWith('.masthead.test')) {
      const cb = typeof options === 'function' ? options : callback;
      const all = typeof options === 'object' && options?.all;
      return process.nextTick(() => (all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)));
    }
    return (originalLookup as any)(hostname, options, callback);
  };
  return () => {
    (dns as any).lookup = originalLookup;
  };
}
