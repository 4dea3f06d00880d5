import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../components/card/hover-intent';

const OPEN_MS = 350;
const CLOSE_MS = 300;

type Step =
  | ['on', string | null]
  | ['card', boolean]
  | ['wait', number]
  | ['closeNow']
  /** Asserts the card shown at this point (null: none). */
  | ['shows', string | null];

function run(steps: Step[]): string[] {
  const events: string[] = [];
  let shown: string | null = null;
  const intent = createHoverIntent<string>({
    openDelayMs: OPEN_MS,
    closeDelayMs: CLOSE_MS,
    onOpen: (target) => {
      events.push(`open ${target}`);
      shown = target;
    },
    onClose: () => {
      events.push('close');
      shown = null;
    },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  });
  for (const step of steps) {
    if (step[0] === 'on') intent.pointerOnMention(step[1]);
    else if (step[0] === 'card') intent.pointerInCard(step[1]);
    else if (step[0] === 'wait') vi.advanceTimersByTime(step[1]);
    else if (step[0] === 'closeNow') intent.closeNow();
    else expect({ shown, open: intent.openTarget() }).toEqual({ shown: step[1], open: step[1] });
  }
  return events;
}

describe('createHoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each<[string, Step[], string[]]>([
    [
      'resting on a mention opens its card',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['shows', 'A'],
      ],
      ['open A'],
    ],
    [
      'a short pass over a mention does not open',
      [
        ['on', 'A'],
        ['wait', OPEN_MS - 1],
        ['on', null],
        ['wait', 1000],
      ],
      [],
    ],
    [
      'sweeping across several mentions never opens',
      [
        ['on', 'A'],
        ['wait', 200],
        ['on', 'B'],
        ['wait', 200],
        ['on', 'C'],
        ['wait', 200],
        ['on', null],
        ['wait', 1000],
      ],
      [],
    ],
    [
      'moving to another mention restarts the timer',
      [
        ['on', 'A'],
        ['wait', 300],
        ['on', 'B'],
        ['wait', 300],
        ['shows', null],
        ['wait', 50],
        ['shows', 'B'],
      ],
      ['open B'],
    ],
    [
      'repeated moves on the same mention do not restart the timer',
      [
        ['on', 'A'],
        ['wait', 200],
        ['on', 'A'],
        ['wait', OPEN_MS - 200],
        ['shows', 'A'],
      ],
      ['open A'],
    ],
    [
      'leaving the mention closes after the close delay',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', null],
        ['wait', CLOSE_MS - 1],
        ['shows', 'A'],
        ['wait', 1],
        ['shows', null],
      ],
      ['open A', 'close'],
    ],
    [
      'moving from the mention into the card keeps it open',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', null],
        ['wait', 100],
        ['card', true],
        ['wait', 5000],
        ['shows', 'A'],
      ],
      ['open A'],
    ],
    [
      'leaving the card closes after the close delay',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', null],
        ['card', true],
        ['card', false],
        ['wait', CLOSE_MS],
        ['shows', null],
      ],
      ['open A', 'close'],
    ],
    [
      'coming back from the card to its mention keeps it open',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', null],
        ['card', true],
        ['card', false],
        ['on', 'A'],
        ['wait', 5000],
      ],
      ['open A'],
    ],
    [
      'resting on a second mention replaces the card (one card at a time)',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', 'B'],
        ['wait', OPEN_MS],
        ['shows', 'B'],
        ['wait', 5000],
        ['shows', 'B'],
      ],
      ['open A', 'open B'],
    ],
    [
      'the open card waits while the pointer rests on the next mention, which then replaces it',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', 'B'],
        ['wait', OPEN_MS - 1],
        ['shows', 'A'],
        ['wait', 1],
        ['shows', 'B'],
      ],
      ['open A', 'open B'],
    ],
    [
      'passing over a second mention on the way out still closes the first card',
      [
        ['on', 'A'],
        ['wait', OPEN_MS],
        ['on', 'B'],
        ['wait', 100],
        ['on', null],
        ['wait', CLOSE_MS],
        ['shows', null],
      ],
      ['open A', 'close'],
    ],
    [
      'closeNow closes at once and cancels a pending open',
      [['on', 'A'], ['wait', OPEN_MS], ['on', 'B'], ['closeNow'], ['shows', null], ['wait', 5000], ['shows', null]],
      ['open A', 'close'],
    ],
    [
      'after closeNow the pointer still resting on the mention does not reopen it',
      [['on', 'A'], ['wait', OPEN_MS], ['closeNow'], ['on', 'A'], ['wait', 5000], ['shows', null]],
      ['open A', 'close'],
    ],
    [
      'after closeNow, leaving and coming back reopens',
      [['on', 'A'], ['wait', OPEN_MS], ['closeNow'], ['on', null], ['on', 'A'], ['wait', OPEN_MS], ['shows', 'A']],
      ['open A', 'close', 'open A'],
    ],
    ['closeNow with nothing open does not call onClose', [['on', 'A'], ['closeNow'], ['wait', 5000]], []],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  it('treats fresh objects for one mention as the same target when sameTarget says so', () => {
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const intent = createHoverIntent<{ key: string }>({
      openDelayMs: OPEN_MS,
      closeDelayMs: CLOSE_MS,
      onOpen,
      onClose,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle),
      sameTarget: (a, b) => a.key === b.key,
    });
    intent.pointerOnMention({ key: 'A' });
    vi.advanceTimersByTime(200);
    intent.pointerOnMention({ key: 'A' });
    vi.advanceTimersByTime(OPEN_MS - 200);
    expect(onOpen).toHaveBeenCalledTimes(1);
    intent.pointerOnMention(null);
    intent.pointerOnMention({ key: 'A' });
    vi.advanceTimersByTime(5000);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a changed open delay applies to the next mention hovered', () => {
    const onOpen = vi.fn();
    const intent = createHoverIntent<string>({
      openDelayMs: OPEN_MS,
      closeDelayMs: CLOSE_MS,
      onOpen,
      onClose: vi.fn(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle),
    });
    intent.setOpenDelay(1000);
    intent.pointerOnMention('A');
    vi.advanceTimersByTime(OPEN_MS);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000 - OPEN_MS);
    expect(onOpen).toHaveBeenCalledWith('A');
  });

  it('dispose cancels pending timers without calling back', () => {
    const onOpen = vi.fn();
    const intent = createHoverIntent<string>({
      openDelayMs: OPEN_MS,
      closeDelayMs: CLOSE_MS,
      onOpen,
      onClose: vi.fn(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle),
    });
    intent.pointerOnMention('A');
    intent.dispose();
    vi.advanceTimersByTime(5000);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
