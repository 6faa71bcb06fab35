import { describe, expect, it, vi } from 'vitest';
import { PlanSession } from './plan-session.svelte';
import type { PlanRepository, PlanSnapshot } from './repository';
import { samplePlan } from './fixtures';
import { vault } from '$lib/privacy/lock/vault';

const { plan, items } = samplePlan();
const snapshot: PlanSnapshot = { plan, items, appointments: [], contacts: [], lastExportAt: undefined };
const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });

/** A repository whose live view does what each test says; everything else works. */
function fakeRepository(watch: PlanRepository['watch'], read: () => Promise<PlanSnapshot> = async () => snapshot) {
  const calls = { watch: 0, read: 0 };
  const repo = {
    read: () => (calls.read++, read()),
    watch: (next: (s: PlanSnapshot) => void, error: (e: unknown) => void) => (calls.watch++, watch(next, error)),
    setDone: vi.fn(async () => undefined),
    putItem: vi.fn(async () => undefined)
  } as unknown as PlanRepository;
  return { repo, calls };
}

describe('the plan never hangs on "Loading your plan…"', () => {
  it('reads directly when the live view never answers', async () => {
    const { repo, calls } = fakeRepository(() => () => undefined);
    const session = new PlanSession({ repository: repo, firstLoadMs: 10 });
    await session.retry();
    expect(calls.read).toBe(1);
    expect(session.phase).toBe('plan');
    expect(session.items).toHaveLength(items.length);
  });

  it('shows a failure with Try again when the live view and the direct read both fail, and Try again watches again', async () => {
    let fail = true;
    const { repo, calls } = fakeRepository(
      (next, error) => {
        if (fail) error(closed);
        else next(snapshot);
        return () => undefined;
      },
      async () => {
        if (fail) throw closed;
        return snapshot;
      }
    );
    const session = new PlanSession({ repository: repo, firstLoadMs: 10 });
    await session.retry();
    expect(session.phase).toBe('failed');
    expect(session.problem).not.toBeNull();
    expect(session.stale).toBe(true);

    fail = false;
    await session.retry();
    expect(calls.watch).toBe(2);
    expect(session.phase).toBe('plan');
    expect(session.problem).toBeNull();
    expect(session.stale).toBe(false);
  });

  it('a write that works does not hide that the view stopped watching, and is read back', async () => {
    let first = true;
    const { repo, calls } = fakeRepository((next, error) => {
      if (first) {
        first = false;
        next(snapshot);
        setTimeout(() => error(closed), 0);
      }
      return () => undefined;
    });
    const session = new PlanSession({ repository: repo, firstLoadMs: 10 });
    await session.retry();
    await new Promise((r) => setTimeout(r, 20));
    expect(session.stale).toBe(true);
    const reads = calls.read;
    expect(await session.setDone(items[0]!.id, true)).toBe(true);
    expect(session.stale).toBe(true);
    expect(session.problem).not.toBeNull();
    expect(calls.read).toBeGreaterThan(reads);
  });

  it('a failed tick puts back only that item', async () => {
    const { repo } = fakeRepository((next) => (next(snapshot), () => undefined));
    const session = new PlanSession({ repository: repo, firstLoadMs: 10 });
    await session.retry();
    let release!: () => void;
    (repo.setDone as ReturnType<typeof vi.fn>).mockImplementationOnce(() => new Promise<void>((_, reject) => (release = () => reject(closed))));
    const [a, b] = session.items;
    const failing = session.setDone(a!.id, true);
    await session.setDone(b!.id, true); // another tick, saved while the first is still going
    release();
    expect(await failing).toBe(false);
    expect(session.items.find((i) => i.id === a!.id)?.done).toBe(false);
    expect(session.items.find((i) => i.id === b!.id)?.done).toBe(true);
  });
});

describe('the lock', () => {
  it('a locked answer shows the unlock phase and holds nothing personal; locking again clears the plan at once and reads again', async () => {
    let locked = true;
    const { repo, calls } = fakeRepository((next) => (next(locked ? { ...snapshot, plan: undefined, items: [], lockOn: true, locked: true } : { ...snapshot, lockOn: true }), () => undefined));
    const session = new PlanSession({ repository: repo, firstLoadMs: 10 });
    await session.retry();
    expect(session.phase).toBe('locked');
    expect(session.plan).toBeUndefined();
    expect(session.items).toEqual([]);

    // Unlocked (the vault holds a key): the session reads again by itself.
    locked = false;
    vault.hold({} as never);
    await vi.waitFor(() => expect(session.phase).toBe('plan'));
    expect(session.items).toHaveLength(items.length);

    // Locked again (5 minutes away, Quick exit, Lock now): gone before any new read answers.
    locked = true;
    const watches = calls.watch;
    vault.forget();
    expect(session.phase).toBe('locked');
    expect(session.items).toEqual([]);
    await vi.waitFor(() => expect(calls.watch).toBeGreaterThan(watches));
    session.close();
  });
});
