/**
 * The project's shared folder (research notes, Open Referral examples, Meeting Guide, postcode
 * districts) sits beside the repository, not in it: `../shared`. Tests that read it skip on a
 * machine without it, but never in CI, where a missing folder must fail them rather than let them
 * turn green by not running.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The absolute path of `rel` inside ../shared. */
export function sharedPath(rel: string): string {
  return fileURLToPath(new URL(`../../../shared/${rel}`, import.meta.url));
}

/** Whether ../shared holds `rel`. */
export function haveShared(rel: string): boolean {
  return existsSync(sharedPath(rel));
}

/** A text file from ../shared, or '' when it is not there. */
export function readSharedText(rel: string): string {
  return haveShared(rel) ? readFileSync(sharedPath(rel), 'utf8') : '';
}

/** For `it.skipIf(…)`: skip when the file is missing, except in CI (there the test runs, and fails). */
export function skipWithoutShared(rel: string): boolean {
  return !haveShared(rel) && !process.env.CI;
}
