/**
 * The repeat-dose timer and the dose log on the emergency steps. The markup is in
 * RepeatDoseTimer.svelte and DoseLog.svelte (rendered `hidden`; shown here); all timing is in
 * ../repeat-dose.ts. Doses live in sessionStorage (see sessionKeys.doseLog for why).
 */
import { sessionKeys } from '../../db/local-keys';
import {
  addDose,
  formatDoseTime,
  formatElapsed,
  isMoreUrgent,
  readDoseLog,
  timerMessage,
  timerState,
  type TimerMessage,
  type TimerPhase
} from '../repeat-dose';

/** The log, kept in sessionStorage; in memory only where storage is blocked. */
function doseStore(win: Window): { read(): number[]; add(at: number): number[] } {
  let memory: string | null = null;
  let storage: Storage | null = null;
  try {
    storage = win.sessionStorage;
  } catch {
    // Blocked storage: the timer still works on this page; the log is not kept across steps.
  }
  const raw = (): string | null => {
    try {
      return storage ? storage.getItem(sessionKeys.doseLog) : memory;
    } catch {
      return memory;
    }
  };
  return {
    read: () => readDoseLog(raw(), Date.now()),
    add(at) {
      const next = addDose(readDoseLog(raw(), at), at);
      memory = JSON.stringify(next);
      try {
        storage?.setItem(sessionKeys.doseLog, memory);
      } catch {
        // Full or blocked: kept in memory for this page.
      }
      return next;
    }
  };
}

/** A short beep, where the browser lets the page make a sound (after a tap on it). */
function beeper(win: Window & typeof globalThis): () => void {
  const AudioContextClass = win.AudioContext;
  let context: AudioContext | undefined;
  const unlock = (): void => {
    try {
      context ??= AudioContextClass ? new AudioContextClass() : undefined;
      void context?.resume();
    } catch {
      // No sound on this phone: the words and the vibration still show.
    }
  };
  win.document.addEventListener('pointerdown', unlock, { passive: true });
  return () => {
    if (!context || context.state !== 'running') return;
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.3;
    tone.connect(gain).connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.4);
  };
}

export function startDoses(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  const store = doseStore(win);
  const lang = doc.documentElement.lang || 'en';

  // "I gave the dose: next" on the give step: the dose is given now; the timer counts from here.
  doc.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('a[data-records-dose]')) store.add(Date.now());
  });

  const log = doc.querySelector<HTMLElement>('[data-dose-log]');
  const showLog = (doses: readonly number[]): void => {
    const list = log?.querySelector('ol');
    if (!log || !list) return;
    const entry = log.dataset.entry ?? '{n} {time}';
    list.replaceChildren(
      ...doses.map((at, i) => {
        const item = doc.createElement('li');
        item.textContent = entry.replace('{n}', String(i + 1)).replace('{time}', formatDoseTime(at, lang));
        return item;
      })
    );
    log.hidden = doses.length === 0;
  };
  showLog(store.read());

  const timer = doc.querySelector<HTMLElement>('[data-timer]');
  if (!timer) return;
  const clock = timer.querySelector<HTMLElement>('[data-timer-clock]');
  const clockBox = timer.querySelector<HTMLElement>('[data-timer-clock-box]');
  const status = timer.querySelector<HTMLElement>('[data-timer-status]');
  const button = timer.querySelector<HTMLButtonElement>('button[data-give-dose]');
  const alerts = timer.dataset.alerts === 'true';
  const packDoses = Number(timer.dataset.packDoses) || Infinity;
  const words: Record<TimerMessage, string> = {
    none: timer.dataset.noDose ?? '',
    watching: timer.dataset.watching ?? '',
    'may-give': timer.dataset.mayGive ?? '',
    'give-now': timer.dataset.giveNow ?? '',
    'kit-empty': timer.dataset.kitEmpty ?? ''
  };
  const beep = beeper(win);
  let alerted: TimerPhase | undefined;

  const tick = (): void => {
    const doses = store.read();
    const state = timerState(doses, Date.now());
    if (clock) clock.textContent = formatElapsed(state?.elapsedMs ?? 0);
    if (clockBox) clockBox.hidden = !state;
    // A kit without 2–3 minute alerts only ever says to watch: its box says when.
    const text = words[alerts ? timerMessage(state, doses.length, packDoses) : state ? 'watching' : 'none'];
    if (status && status.textContent !== text) status.textContent = text;
    timer.dataset.phase = state?.phase ?? 'none';
    if (state && alerts && isMoreUrgent(alerted, state.phase)) {
      win.navigator.vibrate?.([300, 150, 300]);
      beep();
    }
    alerted = state?.phase;
  };

  button?.addEventListener('click', () => {
    store.add(Date.now());
    alerted = 'watching'; // a new dose starts a new wait, quietly
    showLog(store.read());
    tick();
  });

  // Shown only now that it runs; the fixed "wait 2 to 3 minutes" is for pages without JavaScript.
  timer.hidden = false;
  for (const wait of doc.querySelectorAll<HTMLElement>('[data-timer-wait]')) wait.hidden = true;
  tick();
  // The time is always worked out again from the dose time, so a paused interval (locked
  // screen, background tab) costs nothing: the first tick back shows the right phase.
  win.setInterval(tick, 1000);
  doc.addEventListener('visibilitychange', tick);
}
