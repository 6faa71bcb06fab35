import { describe, expect, it } from 'vitest';
import { makeService } from './fixtures';
import { helplinesFrom, readHelplines } from './helplines';

describe('helplines', () => {
  it('lists national services with a usable number, and reads the file back', () => {
    const services = [
      makeService({ id: 'n1', name: 'FRANK', national: true, phones: [{ number: '0300 123 6600' }] }),
      makeService({ id: 'n2', name: 'No number', national: true, phones: [{ number: 'call us' }] }),
      makeService({ id: 'local', name: 'Local', phones: [{ number: '0161 496 0000' }] })
    ];
    const lines = helplinesFrom(services);
    expect(lines).toEqual([{ id: 'n1', name: 'FRANK', number: '0300 123 6600' }]);
    expect(readHelplines(JSON.parse(JSON.stringify(lines)))).toEqual(lines);
  });
  it('carries the nations and the source of each number, but no source for a demo record', () => {
    const facts = { nations: ['england' as const], source_url: 'https://www.example.org/', assured_date: '2026-11-22' };
    const lines = helplinesFrom([
      makeService({ id: 'shelter', name: 'Shelter', national: true, demo: false, phones: [{ number: '0808 800 4444' }], ...facts, source_checked_live: true }),
      makeService({ id: 'demo', name: 'Example line', national: true, demo: true, phones: [{ number: '0808 157 0000' }], ...facts })
    ]);
    expect(lines).toEqual([
      { id: 'shelter', name: 'Shelter', number: '0808 800 4444', ...facts, source_checked_live: true },
      { id: 'demo', name: 'Example line', number: '0808 157 0000' }
    ]);
    expect(readHelplines(JSON.parse(JSON.stringify(lines)))).toEqual(lines);
  });
  it('drops what it cannot trust', () => {
    expect(readHelplines([{ id: 'x', name: 'X', number: '111', nations: 'england', source_url: 7, source_checked_live: 'yes' }])).toEqual([
      { id: 'x', name: 'X', number: '111' }
    ]);
    expect(readHelplines({})).toEqual([]);
    expect(readHelplines([{ id: 'x', name: 'X', number: 'javascript:alert(1)' }, null])).toEqual([]);
  });
});
