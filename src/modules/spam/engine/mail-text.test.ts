import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, decodeWords, htmlToText, mailToText } from './mail-text.ts';

describe('mailToText', () => {
  it('keeps the subject and the body, and drops every other header', () => {
    const mail = 'From: a@example.org\nReceived: from x\n  by y\nSubject: Hello\n there\nTo: b@example.org\n\nBody line.\n';
    assert.equal(mailToText(mail), 'Hello there\n\nBody line.');
  });

  it('decodes quoted-printable and its charset', () => {
    const mail = 'Subject: =?iso-8859-1?Q?Caf=E9_cr=E8me?=\nContent-Type: text/plain; charset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 au lait, tr=\nes bien.\n';
    assert.equal(mailToText(mail), 'Café crème\n\nCafé au lait, tres bien.');
  });

  it('decodes base64 and prefers the plain part of an alternative', () => {
    const body = Buffer.from('Plain words here.').toString('base64');
    const mail = [
      'Subject: Alt',
      'Content-Type: multipart/alternative; boundary="XX"',
      '',
      '--XX',
      'Content-Type: text/html',
      '',
      '<p>HTML words</p>',
      '--XX',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '--XX--',
    ].join('\n');
    assert.equal(mailToText(mail), 'Alt\n\nPlain words here.');
  });

  it('shows HTML as a reader sees it and skips attachments', () => {
    const mail = [
      'Subject: Offer',
      'Content-Type: multipart/mixed; boundary=B',
      '',
      '--B',
      'Content-Type: text/html',
      '',
      '<html><head><style>p{color:red}</style></head><body><p>Buy&nbsp;now &amp; save</p><script>x()</script><br>Today</body></html>',
      '--B',
      'Content-Type: image/gif',
      'Content-Disposition: attachment; filename=a.gif',
      '',
      'R0lGODlhAQABAAAAACw=',
      '--B--',
    ].join('\n');
    assert.equal(mailToText(mail), 'Offer\n\nBuy now & save\n\nToday');
  });
});

describe('decoders', () => {
  it('decodes RFC 2047 words, joining adjacent ones', () => {
    assert.equal(decodeWords('=?utf-8?B?SGVsbG8=?= =?utf-8?B?IHdvcmxk?='), 'Hello world');
  });
  it('decodes named and numeric entities and leaves unknown ones', () => {
    assert.equal(decodeEntities('&lt;a&gt; &#233;&#x41; &bogus;'), '<a> éA &bogus;');
  });
  it('turns block ends into line breaks', () => {
    assert.equal(htmlToText('<div>one</div><div>two</div>').trim(), 'one\n\ntwo');
  });
});
