/**
 * Choosing a place, without markup: Find help's "Where are you?" (LocationChooser) and the plan's
 * "Which area are you going to?" (plan/ui/AreaField) are two looks on this one behaviour. A tap
 * or a typed place leads to a place, a list to choose from, or a message (chooser-outcome.ts,
 * loaded on first use with the place tables); a chosen place is remembered on this phone, so Find
 * help opens near it next time.
 */
import { tick } from 'svelte';
import type { ChooserOutcome, PlaceMessageKey } from './chooser-outcome';
import type { ChosenPlace } from './place';
import type { Town } from './place-lookup';

export interface PlaceMessage {
  key: PlaceMessageKey;
  values?: Record<string, string>;
}

type Outcomes = typeof import('./chooser-outcome');

/** What the chooser shows as chosen: a place given at the start may come without its query. */
export type ShownPlace = Pick<ChosenPlace, 'label' | 'kind'> & { query?: string };

export interface PlaceChoiceOptions {
  /** A place already in use (from the address or the remembered setting). */
  initial?: ShownPlace;
  /** The person chose a place (Near me, typed, or picked from a list). */
  onchoose: (place: ChosenPlace) => void;
  /** The person asked to change the place: nothing is chosen until they choose again. */
  onchange?: () => void;
  /** Moves the focus, once the page shows the new state: to the typing box, or to Change after a choice. */
  focus: (target: 'input' | 'change') => void;
  /** What a tap or a search leads to; tests give their own. */
  outcomes?: () => Promise<Outcomes>;
  /** Keeps the chosen place on this phone; tests give their own. */
  remember?: (place: ChosenPlace) => Promise<unknown>;
}

export class PlaceChoice {
  chosen = $state.raw<ShownPlace | undefined>();
  changing = $state(false);
  message = $state.raw<PlaceMessage | undefined>();
  /** Towns that share the typed name, to pick from. */
  choices = $state.raw<Town[]>([]);
  /** A lookup is under way: further taps wait for it. */
  busy = $state(false);
  #options: PlaceChoiceOptions;

  constructor(options: PlaceChoiceOptions) {
    this.#options = options;
    this.chosen = options.initial;
  }

  /** A place is chosen and shown, with a Change button, rather than the box to type in. */
  get showChosen(): boolean {
    return this.chosen !== undefined && !this.changing;
  }

  /** Near me: the phone is asked for its position only now. */
  nearMe(): Promise<void> {
    if (this.busy) return Promise.resolve();
    this.message = { key: 'place.locating' };
    return this.#act((o) => o.nearMeOutcome());
  }

  /** A typed town or postcode. */
  lookUp(typed: string): Promise<void> {
    return this.#act((o) => o.typedOutcome(typed));
  }

  /** One of the offered towns. */
  pick(town: Town): Promise<void> {
    return this.#act((o) => o.pickedOutcome(town));
  }

  change(): void {
    this.changing = true;
    this.message = undefined;
    this.#options.onchange?.();
    void this.#focus('input');
  }

  async #act(work: (outcomes: Outcomes) => Promise<ChooserOutcome>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const outcome = await work(await (this.#options.outcomes ?? (() => import('./chooser-outcome')))());
      this.choices = 'choices' in outcome ? outcome.choices : [];
      if ('place' in outcome) {
        this.chosen = outcome.place;
        this.changing = false;
        this.message = undefined;
        const remember = this.#options.remember ?? ((place) => import('./remembered-place').then((m) => m.rememberPlace(place)));
        void remember(outcome.place).catch(() => undefined); // only a convenience for next time
        this.#options.onchoose(outcome.place);
        await this.#focus('change');
        return;
      }
      this.message = { key: outcome.message, values: 'values' in outcome ? outcome.values : undefined };
      if ('focusInput' in outcome && outcome.focusInput) await this.#focus('input');
    } catch {
      // The lookup code itself could not be loaded (offline before it was ever saved).
      this.message = { key: 'place.offline' };
    } finally {
      this.busy = false;
    }
  }

  async #focus(target: 'input' | 'change'): Promise<void> {
    await tick();
    this.#options.focus(target);
  }
}
