// The Mailer port and its implementations: SMTP (nodemailer), files in the data folder when
// no SMTP server is configured, and memory for tests.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  from: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the mail is handed over; rejects when it could not be. */
  send(mail: Mail): Promise<void>;
  /** A short description for logs ("smtp://host:port" or "files in …"). */
  readonly description: string;
}

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  readonly description: string;

  constructor(url: string) {
    // Short timeouts: a mail server that hangs delays only the mail worker, never a request.
    this.transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as object);
    const parsed = new URL(url);
    this.description = `${parsed.protocol}//${parsed.hostname}:${parsed.port || '25'}`;
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ to: mail.to, from: mail.from, subject: mail.subject, text: mail.text });
  }
}

/** Writes each mail as an .eml file, for sites without a mail server (and for operators to read). */
export class FileMailer implements Mailer {
  readonly description: string;
  private counter = 0;

  constructor(private readonly folder: string) {
    this.description = `files in ${folder}`;
  }

  async send(mail: Mail): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${this.counter++}.eml`;
    const headers = [`From: ${mail.from}`, `To: ${mail.to}`, `Subject: ${mail.subject.replace(/[\r\n]+/g, ' ')}`, 'Content-Type: text/plain; charset=utf-8', 'MIME-Version: 1.0'];
    await writeFile(path.join(this.folder, name), `${headers.join('\r\n')}\r\n\r\n${mail.text.replace(/\r?\n/g, '\r\n')}\r\n`);
  }
}

export class MemoryMailer implements Mailer {
  readonly description = 'memory';
  readonly sent: Mail[] = [];
  /** Set to make every send fail, as a mail server that is down would. */
  failWith: string | undefined;

  async send(mail: Mail): Promise<void> {
    if (this.failWith) throw new Error(this.failWith);
    this.sent.push(mail);
  }
}
