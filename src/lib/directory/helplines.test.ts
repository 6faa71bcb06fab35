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
  it('drops what it cannot trust', () => {
    expect(readHelplines({})).toEqual([]);
    expect(readHelplines([{ id: 'x', name: 'X', number: 'javascript:alert(1)' }, null])).toEqual([]);
  });
});
