import type en from '../../../messages/overdose/en.json';

/** Every dotted key of a nested messages object: 'overdose.now.safe.heading' and so on. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of messages/overdose/en.json, so content models hold keys svelte-check can verify. */
export type OverdoseKey = Leaves<typeof en>;
