// The public history of an article: the versions readers saw, in order.
import type { Revision } from './revision.repository.ts';

/**
 * Collapses versions that readers never saw apart: saves of a scheduled article before its
 * time all take effect at the publication time, and only the last of them went live.
 */
export function readerVersions(published: readonly Revision[]): Revision[] {
  const out: Revision[] = [];
  for (const revision of published) {
    const last = out.at(-1);
    if (last && last.effectiveAt === revision.effectiveAt) out[out.length - 1] = revision;
    else out.push(revision);
  }
  return out;
}
