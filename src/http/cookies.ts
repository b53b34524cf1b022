// Cookie names and attributes. On https the __Host- prefix pins cookies to this host,
// path / and Secure; on plain http (local use) the prefix cannot be used.
import type { CookieSerializeOptions } from '@fastify/cookie';

export interface CookiePolicy {
  session: string;
  csrf: string;
  options: CookieSerializeOptions;
}

export function cookiePolicy(publicUrl: string): CookiePolicy {
  const https = publicUrl.startsWith('https:');
  return {
    session: https ? '__Host-mh_session' : 'mh_session',
    csrf: https ? '__Host-mh_csrf' : 'mh_csrf',
    options: { httpOnly: true, sameSite: 'lax', secure: https, path: '/' },
  };
}
