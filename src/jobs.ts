// Background jobs of a running server: mail delivery, and the clean-ups. Each runs on its
// own interval, never overlapping itself; a failure is logged and retried next time.
import type { FastifyBaseLogger } from 'fastify';

export interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

export class JobRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();

  constructor(private readonly log: FastifyBaseLogger) {}

  start(jobs: Job[]): void {
    for (const job of jobs) {
      const tick = async () => {
        if (this.running.has(job.name)) return;
        this.running.add(job.name);
        try {
          const result = await job.run();
          if (result && typeof result === 'object' && Object.values(result).some((v) => v)) this.log.info({ job: job.name, result }, 'job ran');
        } catch (error) {
          this.log.error({ err: error, job: job.name }, 'job failed');
        } finally {
          this.running.delete(job.name);
        }
      };
      const timer = setInterval(tick, job.everyMs);
      timer.unref();
      this.timers.push(timer);
      setTimeout(tick, 1000).unref();
    }
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
  }
}
