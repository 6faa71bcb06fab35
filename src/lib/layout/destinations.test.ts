import { describe, expect, it } from 'vitest';
import { currentDestination } from './destinations';

describe('currentDestination', () => {
  it('marks the bottom-bar item for each page, in any language', () => {
    expect(currentDestination('/en/')?.page).toBe('');
    expect(currentDestination('/fr/plan/')?.page).toBe('plan');
    expect(currentDestination('/en/overdose/now/')?.page).toBe('overdose');
    expect(currentDestination('/en/more/')?.page).toBe('more');
  });

  it('keeps Find help marked on results and service pages', () => {
    expect(currentDestination('/en/find/')?.page).toBe('');
    expect(currentDestination('/en/service/abc/')?.page).toBe('');
  });

  it('marks nothing for a path outside the four', () => {
    expect(currentDestination('/en/elsewhere/')).toBeUndefined();
    expect(currentDestination('/')?.page).toBe('');
  });
});
