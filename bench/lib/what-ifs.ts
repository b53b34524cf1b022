// The proposed fixes bench/lib/server-probe.ts can patch into a server (see there).
export const WHAT_IFS = ['prepare-cache', 'site-cache'] as const;
