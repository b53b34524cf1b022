// An Akismet-protocol service elsewhere, used only when a site turns it on. Any answer but a
// clean `true`/`false` (an error, a timeout, garbage) is a failed check: the pipeline holds
// the comment and the recheck job asks again later.
import type { SpamResult } from '../moderation/pipeline.ts';
import type { SpamCheckInput } from './spam-checker.ts';

export const REMOTE_TIMEOUT_MS = 4000;

export interface RemoteService {
  /** e.g. rest.akismet.com, or host:port; the key becomes the first label. */
  host: string;
  key: string;
  /** The site's public URL, sent as `blog`. */
  blog: string;
  protocol: 'https' | 'http';
}

export async function checkRemotely(service: RemoteService, input: SpamCheckInput, timeoutMs = REMOTE_TIMEOUT_MS): Promise<SpamResult> {
  const body = new URLSearchParams({
    blog: service.blog,
    user_ip: input.ip,
    user_agent: input.userAgent,
    comment_type: 'comment',
    comment_author: input.author,
    comment_author_email: input.email,
    comment_author_url: input.url,
    comment_content: input.comment,
    blog_lang: input.language,
    blog_charset: 'UTF-8',
  });
  try {
    const response = await fetch(`${service.protocol}://${service.key}.${service.host}/1.1/comment-check`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Masthead/0.1 | Akismet-protocol' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    const text = (await response.text()).trim();
    if (!response.ok) return { kind: 'failed', reason: `the spam service answered HTTP ${response.status}` };
    if (response.headers.get('x-akismet-error')) return { kind: 'failed', reason: `the spam service reported an error: ${response.headers.get('x-akismet-error')}` };
    if (text === 'true') return { kind: 'spam', blatant: response.headers.get('x-akismet-pro-tip') === 'discard', reasons: ['The remote spam service judged it spam.'] };
    if (text === 'false') return { kind: 'ham', reasons: [] };
    return { kind: 'failed', reason: `the spam service gave an unexpected answer (${JSON.stringify(text.slice(0, 40))})` };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'failed', reason: `no answer from the spam service within ${timeoutMs / 1000} s` };
    return { kind: 'failed', reason: `the spam service could not be reached (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})` };
  }
}
