/**
 * The repeat-dose timer and the dose log, as plain functions of time. The page computes
 * everything from the time of the last dose, never by counting ticks, so the timer stays right
 * when the screen locks or the tab is in the background and the browser pauses its timers.
 *
 * The 2 and 3 minutes come from the kits' instructions (shared/research/content.md §A3: next
 * dose after 2–3 minutes for both Nyxoid and Prenoxad).
 */
import { intlLocales } from '../i18n/intl-locale';

export const mayGiveAfterMs = 2 * 60_000;
export const giveNowAfterMs = 3 * 60_000;

/** 'watching' before 2 minutes, 'may-give' from 2, 'give-now' from 3. */
export type TimerPhase = 'watching' | 'may-give' | 'give-now';

export function timerPhase(elapsedMs: number): TimerPhase {
  if (elapsedMs >= giveNowAfterMs) return 'give-now';
  if (elapsedMs >= mayGiveAfterMs) return 'may-give';
  return 'watching';
}

export interface TimerState {
  elapsedMs: number;
  phase: TimerPhase;
}

/** Where the timer stands at `now`, counted from the last dose; undefined before any dose. */
export function timerState(doses: readonly number[], now: number): TimerState | undefined {
  const last = doses.at(-1);
  if (last === undefined) return undefined;
  const elapsedMs = Math.max(0, now - last); // a clock set back must not show negative time
  return { elapsedMs, phase: timerPhase(elapsedMs) };
}

/** What the timer's status line says: the phase, or that the kit is used up once it is due again. */
export type TimerMessage = 'none' | TimerPhase | 'kit-empty';

/**
 * The status line for a kit whose box gives 2–3 minutes. Once the pack's doses are all given
 * (`packDoses`), a due next dose cannot be given: the line says what to do with none left
 * instead of "give the next dose" (issue #15).
 */
export function timerMessage(state: TimerState | undefined, doseCount: number, packDoses: number): TimerMessage {
  if (!state) return 'none';
  if (state.phase !== 'watching' && doseCount >= packDoses) return 'kit-empty';
  return state.phase;
}

const urgency: Record<TimerPhase, number> = { watching: 0, 'may-give': 1, 'give-now': 2 };

/** Vibrate and beep only when the timer reaches a more urgent phase, once per phase. */
export function isMoreUrgent(from: TimerPhase | undefined, to: TimerPhase): boolean {
  return urgency[to] > (from === undefined ? 0 : urgency[from]);
}

/** "2:05": minutes and seconds since the dose. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "14:03", on a 24-hour clock in the page's language and the phone's own time zone. */
export function formatDoseTime(at: number, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocales(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
}

/**
 * A log older than this is from an earlier emergency, not this one: a new overdose starts a new
 * log even if the tab stayed open (an installed app's tab can live for days).
 */
export const logLifetimeMs = 6 * 60 * 60_000;

/** The dose log as stored (a JSON array of times in ms); anything malformed or stale reads as empty. */
export function readDoseLog(raw: string | null, now: number): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === 'number' && Number.isFinite(t))) return [];
  const doses = (parsed as number[]).slice(0, 100);
  const last = doses.at(-1);
  return last !== undefined && now - last <= logLifetimeMs ? doses : [];
}

/** The log with one more dose given at `at`. */
export function addDose(doses: readonly number[], at: number): number[] {
  return [...doses, at];
}
