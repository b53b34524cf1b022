// Small signed values (form time stamps, held-comment tokens, unsubscribe links): the value,
// a dot, and an HMAC of it under the site secret with a purpose, so one kind cannot pass for another.
import { createHmac, timingSafeEqual } from 'node:crypto';

export class Signer {
  constructor(private readonly secret: string) {}

  sign(purpose: string, value: string): string {
    return `${value}.${this.mac(purpose, value)}`;
  }

  /** The value if the signature matches, else undefined. */
  verify(purpose: string, signed: string | undefined): string | undefined {
    if (!signed || signed.length > 4096) return undefined;
    const dot = signed.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const value = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1));
    const expected = Buffer.from(this.mac(purpose, value));
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
  }

  private mac(purpose: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}\u0000${value}`).digest('base64url').slice(0, 32);
  }
}
