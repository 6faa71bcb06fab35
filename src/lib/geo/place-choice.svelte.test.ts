import { describe, expect, it } from 'vitest';
import * as outcomes from './chooser-outcome';
import { districtsFixture, townsFixture } from './fixtures';
import type { ChosenPlace } from './place';
import { PlaceChoice, type PlaceChoiceOptions } from './place-choice.svelte';
import { PlaceFinder } from './place-lookup';

/** The real outcomes over the fixture tables, as the app loads them (only the tables differ). */
const finder = async () => new PlaceFinder(townsFixture, districtsFixture);
const withTables: PlaceChoiceOptions['outcomes'] = async () => ({
  ...outcomes,
  typedOutcome: (typed: string) => outcomes.typedOutcome(typed, finder),
  pickedOutcome: (town) => outcomes.pickedOutcome(town, finder)
});

function chooser(options: Partial<PlaceChoiceOptions> = {}) {
  const seen = { chosen: [] as ChosenPlace[], remembered: [] as ChosenPlace[], focus: [] as string[], changed: 0 };
  const choice = new PlaceChoice({
    onchoose: (place) => seen.chosen.push(place),
    onchange: () => seen.changed++,
    focus: (target) => seen.focus.push(target),
    outcomes: withTables,
    remember: async (place) => void seen.remembered.push(place),
    ...options
  });
  return { choice, seen };
}

describe('PlaceChoice', () => {
  it('chooses a typed town, remembers it, shows it and moves the focus to Change', async () => {
    const { choice, seen } = chooser();
    await choice.lookUp('Leeds');
    expect(choice.chosen).toMatchObject({ label: 'Leeds, England', kind: 'town' });
    expect(choice.showChosen).toBe(true);
    expect(seen.chosen.map((p) => p.query)).toEqual([choice.chosen?.query]);
    expect(seen.remembered).toEqual(seen.chosen);
    expect(seen.focus).toEqual(['change']);
  });

  it('finds a postcode district', async () => {
    const { choice } = chooser();
    await choice.lookUp('ls1 4ap');
    expect(choice.chosen).toMatchObject({ kind: 'postcode', query: 'LS1' });
  });

  it('says why nothing was found and sends the person back to the box', async () => {
    const { choice, seen } = chooser();
    await choice.lookUp('Xyzzyville');
    expect(choice.message).toEqual({ key: 'place.notFound', values: { text: 'Xyzzyville' } });
    expect(choice.showChosen).toBe(false);
    expect(seen.chosen).toEqual([]);
    expect(seen.focus).toEqual(['input']);
  });

  it('Change shows the box again and tells the page nothing is chosen', async () => {
    const { choice, seen } = chooser({ initial: { label: 'Leeds, England', kind: 'town' } });
    expect(choice.showChosen).toBe(true);
    choice.change();
    expect(choice.showChosen).toBe(false);
    expect(seen.changed).toBe(1);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.focus).toEqual(['input']);
  });

  it('says offline when the lookup code cannot be loaded, and lets the person try again', async () => {
    const { choice } = chooser({ outcomes: () => Promise.reject(new Error('offline')) });
    await choice.lookUp('Leeds');
    expect(choice.message).toEqual({ key: 'place.offline' });
    expect(choice.busy).toBe(false);
  });

  it('ignores a second tap while a lookup is under way', async () => {
    let release = () => {};
    const slow: PlaceChoiceOptions['outcomes'] = () => new Promise((resolve) => (release = () => resolve(withTables!())));
    const { choice, seen } = chooser({ outcomes: slow });
    const first = choice.lookUp('Leeds');
    await choice.lookUp('Stevenage');
    release();
    await first;
    expect(seen.chosen.map((p) => p.label)).toEqual(['Leeds, England']);
  });
});
