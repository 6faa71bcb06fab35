/**
 * The plan screen's state: which phase it is in (loading, the Start questions, the plan), the
 * latest snapshot from storage, and the last storage problem. Dexie (through repository.ts) is
 * imported only when there is a plan or the person starts one: a first visit reads one flag.
 */
import { localKeys } from '$lib/db/local-keys';
import { readRow } from '$lib/db/quick-read';
import type { StorageProblem } from '$lib/db/storage-error';
import { vault } from '$lib/privacy/lock/vault';
import { problemOf } from '$lib/db/storage-message';
import type { AppointmentRow, ContactRow, PlanItemRow, PlanRow } from './model';
import type { PlanRepository, PlanSnapshot } from './repository';
import { sortAppointments, sortItems } from './schedule';

/** 'locked': the lock is on and this page does not hold its key; nothing personal is in memory. */
export type PlanPhase = 'loading' | 'start' | 'plan' | 'failed' | 'locked';

/**
 * How long the first live answer may take before the plan is read directly. Dexie's liveQuery
 * calls neither callback when its first query fails with DatabaseClosedError or AbortError, so
 * without this the page could say "Loading your plan…" for ever.
 */
export const firstLoadMs = 3000;

export interface PlanSessionOptions {
  /** A repository to use instead of the Dexie one (tests). */
  repository?: PlanRepository;
  firstLoadMs?: number;
}

function planFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(localKeys.planSaved) === '1';
  } catch {
    return false;
  }
}

export class PlanSession {
  #phase = $state<PlanPhase>('loading');
  #snapshot = $state.raw<PlanSnapshot | null>(null);
  /** The last write that failed; the next write clears it. */
  #problem = $state<StorageProblem | null>(null);
  /** Why the plan could not be read or is no longer watched; only a live answer clears it. */
  #loadProblem = $state<StorageProblem | null>(null);
  /** Whether the live view is answering: if not, what is on screen may be out of date. */
  #live = $state(false);
  #outdated = $state(false);
  #repo: PlanRepository | undefined;
  #stop: (() => void) | undefined;
  #stopVault: (() => void) | undefined;
  #lockOn = false;
  #firstLoadMs: number;

  constructor(options: PlanSessionOptions = {}) {
    this.#repo = options.repository;
    this.#firstLoadMs = options.firstLoadMs ?? firstLoadMs;
  }

  readonly items = $derived(sortItems(this.#snapshot?.items ?? []));
  readonly appointments = $derived(sortAppointments(this.#snapshot?.appointments ?? []));
  readonly contacts = $derived([...(this.#snapshot?.contacts ?? [])].sort((a, b) => a.createdAt - b.createdAt));

  get phase() {
    return this.#phase;
  }
  get plan(): PlanRow | undefined {
    return this.#snapshot?.plan;
  }
  get lastExportAt() {
    return this.#snapshot?.lastExportAt;
  }
  get problem() {
    return this.#problem ?? this.#loadProblem;
  }
  /** The plan could not be read, or stopped being watched: the page offers Try again. */
  get stale() {
    return this.#loadProblem !== null && !this.#live;
  }
  get outdated() {
    return this.#outdated;
  }

  /** Opens the plan: Dexie and a live view when there is one, else the Start questions. */
  async open(): Promise<void> {
    try {
      // No flag (a first visit, or storage that forgot it): look without Dexie, creating nothing.
      if (!planFlag() && !(await readRow('plan', 'plan'))) {
        // No plan yet, but a lock and no key: unlock first (a new plan would be sealed with it).
        this.#lockOn = !!(await readRow('settings', 'lock'));
        this.#phase = this.#lockOn && !vault.open ? 'locked' : 'start';
        this.#listen();
        return;
      }
      await this.#watch();
    } catch (error) {
      this.#loadProblem = problemOf(error);
      this.#phase = 'failed';
    }
  }

  /** Try again: a new live view (and a direct read if it does not answer). */
  async retry(): Promise<void> {
    if (!this.#snapshot) this.#phase = 'loading';
    await this.#watch();
  }

  close(): void {
    this.#stopVault?.();
    this.#stopVault = undefined;
    this.#stopLive();
  }

  #stopLive(): void {
    this.#stop?.();
    this.#stop = undefined;
    this.#live = false;
  }

  /** A lock, unlock or auto-lock changes what may be shown; liveQuery only sees the database. */
  #listen(): void {
    this.#stopVault ??= vault.onChange(() => this.#lockChanged());
  }

  #lockChanged(): void {
    if (!vault.open && this.#lockOn) {
      // Locked: the plan leaves the screen and memory at once, before any new read.
      this.#snapshot = null;
      this.#removed = null;
      this.#phase = 'locked';
    }
    if (this.#phase !== 'start' || this.#lockOn) void this.#watch();
  }

  async #repository(): Promise<PlanRepository> {
    if (!this.#repo) {
      const [{ planRepository }, { databaseEvents }] = await Promise.all([import('./repository'), import('$lib/db/database')]);
      databaseEvents.addEventListener('outdated', () => (this.#outdated = true));
      this.#repo = planRepository();
    }
    return this.#repo;
  }

  #show(snapshot: PlanSnapshot): void {
    this.#lockOn = snapshot.lockOn === true;
    if (snapshot.locked) {
      this.#snapshot = null;
      this.#removed = null;
      this.#phase = 'locked';
      return;
    }
    // User Timing: the plan page measures its first render from here (tests/plan.spec.ts).
    if (!this.#snapshot) performance.mark('plan-data');
    this.#snapshot = keepUnchanged(this.#snapshot, snapshot);
    this.#phase = snapshot.plan ? 'plan' : 'start';
  }

  /** A direct read, for when the live view does not answer; its failure is shown, with Try again. */
  async #readOnce(repo: PlanRepository): Promise<void> {
    try {
      const snapshot = await repo.read();
      if (!this.#live) this.#show(snapshot);
    } catch (error) {
      if (this.#live) return;
      this.#loadProblem = problemOf(error);
      if (!this.#snapshot) this.#phase = 'failed';
    }
  }

  async #watch(): Promise<void> {
    this.#listen();
    let repo: PlanRepository;
    try {
      repo = await this.#repository();
    } catch (error) {
      this.#loadProblem = problemOf(error);
      if (!this.#snapshot) this.#phase = 'failed';
      return;
    }
    this.#stopLive();
    await new Promise<void>((resolve) => {
      let settled = false;
      const settle = () => {
        clearTimeout(timer);
        if (!settled) resolve();
        settled = true;
      };
      const fallback = () => void this.#readOnce(repo).then(settle);
      const timer = setTimeout(fallback, this.#firstLoadMs);
      this.#stop = repo.watch(
        (snapshot) => {
          this.#live = true;
          this.#loadProblem = null;
          this.#show(snapshot);
          settle();
        },
        (error) => {
          // liveQuery stops watching after an error: say so until Try again works.
          this.#live = false;
          this.#loadProblem = problemOf(error);
          clearTimeout(timer);
          fallback();
        }
      );
    });
  }

  /** Runs a change; false (with the problem shown) when storage refused it, so forms keep their text. */
  async #change(work: (repo: PlanRepository) => Promise<void>): Promise<boolean> {
    this.#problem = null;
    try {
      const repo = await this.#repository();
      await work(repo);
      // Not live (the view stopped or never answered): read back, so the screen shows the change.
      if (!this.#live) await this.#readOnce(repo);
      return true;
    } catch (error) {
      this.#problem = problemOf(error);
      return false;
    }
  }

  async start(plan: PlanRow, items: PlanItemRow[]): Promise<boolean> {
    const ok = await this.#change((repo) => repo.start(plan, items));
    if (ok) await this.#watch();
    return ok;
  }

  /** Ticks at once on screen (a slow phone must not lag behind a thumb), then saves. */
  async setDone(id: string, done: boolean): Promise<boolean> {
    const mark = (value: boolean) => {
      const now = this.#snapshot;
      if (now) this.#snapshot = { ...now, items: now.items.map((i) => (i.id === id ? { ...i, done: value } : i)) };
    };
    const was = this.#snapshot?.items.find((i) => i.id === id)?.done;
    mark(done);
    const ok = await this.#change((repo) => repo.setDone(id, done));
    // Put back only this item: other ticks made meanwhile stay as they are.
    if (!ok && was !== undefined) mark(was);
    return ok;
  }

  putItem = (item: PlanItemRow) => this.#change((repo) => repo.putItem(item));
  putAppointment = (a: AppointmentRow) => this.#change((repo) => repo.putAppointment(a));
  putContact = (c: ContactRow) => this.#change((repo) => repo.putContact(c));

  /** The last thing deleted, until it is undone or something else is deleted. */
  get removed() {
    return this.#removed;
  }
  #removed = $state.raw<Removed | null>(null);

  async remove(removed: Removed): Promise<boolean> {
    const ok = await this.#change((repo) =>
      removed.kind === 'item' ? repo.removeItem(removed.row.id) : removed.kind === 'appointment' ? repo.removeAppointment(removed.row.id) : repo.removeContact(removed.row.id)
    );
    if (ok) this.#removed = removed;
    return ok;
  }

  async undo(): Promise<boolean> {
    const removed = this.#removed;
    if (!removed) return false;
    const ok = await this.#change((repo) =>
      removed.kind === 'item' ? repo.putItem(removed.row) : removed.kind === 'appointment' ? repo.putAppointment(removed.row) : repo.putContact(removed.row)
    );
    if (ok) this.#removed = null;
    return ok;
  }
}

/**
 * The new snapshot, with every row that did not change replaced by the object already on screen:
 * a live-query refresh after one tick then re-renders one item, not all 500 (Svelte compares rows
 * by identity).
 */
export function keepUnchanged(before: PlanSnapshot | null, after: PlanSnapshot): PlanSnapshot {
  if (!before) return after;
  return {
    ...after,
    plan: before.plan && after.plan && sameRow(before.plan, after.plan) ? before.plan : after.plan,
    items: reuseRows(before.items, after.items),
    appointments: reuseRows(before.appointments, after.appointments),
    contacts: reuseRows(before.contacts, after.contacts)
  };
}

function sameRow(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  // Rows are flat apart from the plan's area, which is compared by its two fields.
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k] || JSON.stringify(x[k]) === JSON.stringify(y[k]));
}

function reuseRows<T extends { id: string }>(before: T[], after: T[]): T[] {
  const old = new Map(before.map((row) => [row.id, row]));
  return after.map((row) => {
    const same = old.get(row.id);
    return same && sameRow(same, row) ? same : row;
  });
}

/** Something deleted, kept for Undo, with the words that name it. */
export type Removed = ({ kind: 'item'; row: PlanItemRow } | { kind: 'appointment'; row: AppointmentRow } | { kind: 'contact'; row: ContactRow }) & { label: string };
