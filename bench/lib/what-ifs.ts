// The proposed fixes bench/lib/server-probe.ts can patch into a server (see there).
export const WHAT_IFS = ['site-cache'] as const;
