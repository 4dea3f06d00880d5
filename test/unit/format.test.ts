import { describe, expect, it } from 'vitest';
import { formatCitation, formatDay, reportedOn } from '../../components/shared/format';

describe('formatDay', () => {
  it.each([
    ['2023-06-19', '19 June 2023'],
    ['2024-01-02', '2 January 2024'],
    ['2023-13-01', null],
    ['19/06/2023', null],
    [null, null],
  ])('%s → %s', (iso, expected) => {
    expect(formatDay(iso)).toBe(expected);
  });
});

describe('reportedOn / formatCitation', () => {
  it('always says when a role was reported', () => {
    expect(reportedOn({ date: '2023-06-19' })).toBe('as reported on 19 June 2023');
    expect(reportedOn({ date: null })).toBe('as reported (date unknown)');
  });

  it('cites speaker, source and date', () => {
    const quote = { id: 'q', text: 'Hello', speakerId: 'p', sourceId: 's', sentence: '"Hello," he said.' };
    const speaker = { id: 'p', name: 'Wang Yi', type: 'person' as const, aliases: [], sourceIds: ['s'] };
    const source = { id: 's', title: 'Blinken in Beijing', date: '2023-06-19', builtIn: true };
    expect(formatCitation(quote, speaker, source)).toBe('“Hello” — Wang Yi, Blinken in Beijing, 19 June 2023');
  });
});
