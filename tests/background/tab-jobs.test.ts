import { describe, expect, it } from 'vitest';
import { createTabJobs } from '../../src/background/tab-jobs';

/** A job that runs until the test lets it finish, and records whether it was told to stop. */
function gatedJob() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const seen: { signal: AbortSignal | null } = { signal: null };
  const work = async (signal: AbortSignal) => {
    seen.signal = signal;
    await gate;
  };
  return { work, finish, fail, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('per-tab jobs', () => {
  // Each case starts jobs on tabs, lets some end, and says which tabs are still busy and which jobs were aborted.
  const cases: {
    name: string;
    steps: (jobs: ReturnType<typeof createTabJobs>, job: (tab: number) => ReturnType<typeof gatedJob>) => void;
    busy: Record<number, boolean>;
    aborted: boolean[];
  }[] = [
    {
      name: 'a running job holds its tab',
      steps: (jobs, job) => void jobs.start(1, job(1).work),
      busy: { 1: true, 2: false },
      aborted: [false],
    },
    {
      name: 'a finished job frees its tab',
      steps: (jobs, job) => {
        const a = job(1);
        void jobs.start(1, a.work);
        a.finish();
      },
      busy: { 1: false },
      aborted: [false],
    },
    {
      name: 'a failed job frees its tab too',
      steps: (jobs, job) => {
        const a = job(1);
        jobs.start(1, a.work).catch(() => {});
        a.fail(new Error('boom'));
      },
      busy: { 1: false },
      aborted: [false],
    },
    {
      name: 'a new job replaces the running one, which is aborted',
      steps: (jobs, job) => {
        void jobs.start(1, job(1).work);
        void jobs.start(1, job(1).work);
      },
      busy: { 1: true },
      aborted: [true, false],
    },
    {
      name: 'a replaced job that finishes late does not free the newer job’s slot',
      steps: (jobs, job) => {
        const old = job(1);
        void jobs.start(1, old.work);
        void jobs.start(1, job(1).work);
        old.finish();
      },
      busy: { 1: true },
      aborted: [true, false],
    },
    {
      name: 'the newer job finishing frees the tab',
      steps: (jobs, job) => {
        const old = job(1);
        const newer = job(1);
        void jobs.start(1, old.work);
        void jobs.start(1, newer.work);
        newer.finish();
      },
      busy: { 1: false },
      aborted: [true, false],
    },
    {
      name: 'cancel aborts the job and frees the tab at once',
      steps: (jobs, job) => {
        void jobs.start(1, job(1).work);
        jobs.cancel(1);
      },
      busy: { 1: false },
      aborted: [true],
    },
    {
      name: 'jobs of other tabs are left alone',
      steps: (jobs, job) => {
        void jobs.start(1, job(1).work);
        void jobs.start(2, job(2).work);
        jobs.cancel(2);
      },
      busy: { 1: true, 2: false },
      aborted: [false, true],
    },
  ];

  it.each(cases)('$name', async ({ steps, busy, aborted }) => {
    const jobs = createTabJobs();
    const started: ReturnType<typeof gatedJob>[] = [];
    steps(jobs, () => {
      const j = gatedJob();
      started.push(j);
      return j;
    });
    await settle();
    for (const [tab, expected] of Object.entries(busy)) expect(jobs.busy(Number(tab))).toBe(expected);
    expect(started.map((j) => j.seen.signal?.aborted)).toEqual(aborted);
  });

  it('starts the work at once, before start() returns', () => {
    const jobs = createTabJobs();
    let ran = false;
    void jobs.start(1, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it('whenIdle waits for the current job and settles at once for an idle tab', async () => {
    const jobs = createTabJobs();
    const a = gatedJob();
    let done = false;
    void jobs.start(1, a.work);
    const idle = jobs.whenIdle(1).then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    a.finish();
    await idle;
    expect(done).toBe(true);
    await expect(jobs.whenIdle(7)).resolves.toBeUndefined();
  });

  it('a job that throws before its first await rejects instead of throwing from start()', async () => {
    const jobs = createTabJobs();
    const work = (() => {
      throw new Error('at once');
    }) as unknown as (signal: AbortSignal) => Promise<void>;
    await expect(jobs.start(1, work)).rejects.toThrow('at once');
    expect(jobs.busy(1)).toBe(false);
  });
});
