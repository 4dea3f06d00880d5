// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Annotator, type MentionHit, startAnnotator } from '../../../lib/annotate';
import { compileMatcher } from '../../../lib/match';
import { TEST_ENTITIES } from '../match/entities';

const ALL_TYPES = { person: true, place: true, organization: true };

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks; hit-testing answers from `hitRanges`. */
class FakeHighlight extends Set<AbstractRange> {}
let hitRanges: AbstractRange[] = [];

/** Reports each observed block as in view (or not, by `inView`) right after it is observed. */
interface FakeEntry {
  target: Element;
  isIntersecting: boolean;
  boundingClientRect: { width: number; height: number };
}
type IntersectionCallback = (entries: FakeEntry[]) => void;
const BOX = { width: 600, height: 20 };
let boxOf: (element: Element) => { width: number; height: number } = () => BOX;
let inView: (element: Element) => boolean = () => true;
const intersectionCallbacks: IntersectionCallback[] = [];
class FakeIntersectionObserver {
  constructor(private readonly callback: IntersectionCallback) {
    intersectionCallbacks.push(callback);
  }
  observe(target: Element): void {
    queueMicrotask(() =>
      this.callback([{ target, isIntersecting: inView(target), boundingClientRect: boxOf(target) }]),
    );
  }
  unobserve(): void {}
  disconnect(): void {}
}

function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = Object.assign(new Map<string, FakeHighlight>(), {
    highlightsFromPoint: () => (hitRanges.length ? [{ highlight: null, ranges: hitRanges }] : []),
  });
  Object.assign(window, { Highlight: FakeHighlight, IntersectionObserver: FakeIntersectionObserver });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

function textsOf(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => (range as Range).toString());
}

interface Started {
  annotator: Annotator;
  counts: { value: Record<string, number>; total: number };
  hovers: (MentionHit | null)[];
  controller: AbortController;
}

async function start(html: string, exclude?: (node: Node) => boolean, extra: Node[] = []): Promise<Started> {
  document.body.innerHTML = html;
  document.body.append(...extra);
  const counts = { value: {} as Record<string, number>, total: 0 };
  const hovers: (MentionHit | null)[] = [];
  const controller = new AbortController();
  running.push(controller);
  const annotator = startAnnotator({
    document,
    matcher: compileMatcher(TEST_ENTITIES),
    entities: TEST_ENTITIES,
    enabledTypes: { ...ALL_TYPES },
    style: 'underline',
    exclude,
    signal: controller.signal,
    onMentionsChanged(value, total) {
      counts.value = value;
      counts.total = total;
    },
    onHover: (hit) => hovers.push(hit),
  });
  await annotator.whenIdle();
  return { annotator, counts, hovers, controller };
}

/** Lets the MutationObserver deliver, then waits for the annotator to finish the batch. */
async function settle(annotator: Annotator): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await annotator.whenIdle();
}

let registry: Map<string, FakeHighlight>;
/** Every annotator a test started, stopped after it so none watches the next test's page. */
const running: AbortController[] = [];
beforeEach(() => {
  registry = installHighlightApi();
  hitRanges = [];
  inView = () => true;
  boxOf = () => BOX;
  intersectionCallbacks.length = 0;
});
afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
  document.body.innerHTML = '';
});

describe('startAnnotator: reading the page', () => {
  it('highlights each mention in the highlight of its type and leaves the page untouched', async () => {
    const html = '<p>Blinken met <b>Xi</b> in Beijing.</p><p>The Department of Defence declined.</p>';
    const { counts } = await start(html);
    expect(document.body.innerHTML).toBe(html);
    expect(textsOf(registry, 'news-context-person')).toEqual(['Blinken', 'Xi']);
    expect(textsOf(registry, 'news-context-place')).toEqual(['Beijing']);
    expect(textsOf(registry, 'news-context-organization')).toEqual(['Department of Defence']);
    expect(counts.total).toBe(4);
    expect(counts.value['person:antony-blinken']).toBe(1);
  });

  it('finds a name split across inline elements within one block, but not across blocks', async () => {
    await start('<p><b>Wang</b> <i>Yi</i> spoke.</p><div><p>Xi</p><p>Jinping</p></div>');
    expect(textsOf(registry, 'news-context-person')).toEqual(['Wang Yi', 'Xi']);
  });

  it.each([
    ['input', '<input value="Blinken">'],
    ['textarea', '<textarea>Blinken</textarea>'],
    ['select', '<select><option>Blinken</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Blinken</p></div>'],
    ['script', '<script>var a = "Blinken";</script>'],
    ['style', '<style>/* Blinken */</style>'],
    ['noscript', '<noscript>Blinken</noscript>'],
  ])('never annotates inside %s', async (_name, html) => {
    const { counts } = await start(`${html}<p>China</p>`);
    expect(textsOf(registry, 'news-context-person')).toEqual([]);
    expect(counts.total).toBe(1);
  });

  it("never reads the extension's own UI", async () => {
    const { counts } = await start('<div id="ui"><p>Blinken</p></div><p>Xi</p>', (n) =>
      Boolean(document.getElementById('ui')?.contains(n)),
    );
    expect(counts.value).toEqual({ 'person:xi-jinping': 1 });
  });

  it('reads text in open shadow roots, present at the start or added later', async () => {
    document.body.innerHTML = '';
    const early = document.createElement('div');
    early.attachShadow({ mode: 'open' }).innerHTML = '<p>Xi in the shadow</p>';
    const { annotator, counts } = await start('<p>Taiwan</p>', undefined, [early]);
    const late = document.createElement('div');
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>Blinken in the shadow</p>';
    document.body.append(late);
    await settle(annotator);
    expect(counts.value).toEqual({ 'place:taiwan': 1, 'person:xi-jinping': 1, 'person:antony-blinken': 1 });
  });
});

describe('startAnnotator: painting near the view', () => {
  it('paints only blocks near the view, counts every mention, and paints a block once it scrolls near', async () => {
    inView = (element) => element.id !== 'far';
    const { counts } = await start('<p>Blinken arrived.</p><p id="far">Xi waited.</p>');
    expect(textsOf(registry, 'news-context-person')).toEqual(['Blinken']);
    expect(counts.total).toBe(2);
    const far = document.getElementById('far')!;
    for (const callback of intersectionCallbacks)
      callback([{ target: far, isIntersecting: true, boundingClientRect: BOX }]);
    expect(textsOf(registry, 'news-context-person')).toEqual(['Blinken', 'Xi']);
  });

  it('paints a block that has no box of its own (display: contents), which never reports as in view', async () => {
    inView = () => false;
    boxOf = (element) => (element.id === 'contents' ? { width: 0, height: 0 } : BOX);
    await start('<p>Blinken arrived.</p><div id="contents">Xi waited.</div>');
    expect(textsOf(registry, 'news-context-person')).toEqual(['Xi']);
  });
});

/** happy-dom drops ::highlight rules when parsing, so a sheet's presence stands for the highlight styles. */
describe('startAnnotator: styles only where a mention is painted', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  it('adds no stylesheet to a page where no known name appears (restyling a big page costs a long frame)', async () => {
    await start('<p>Nothing known here.</p>');
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('gives the page the highlight styles once its first mention is painted, not before', async () => {
    inView = () => false;
    await start('<p id="far">Blinken arrived.</p>');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    const far = document.getElementById('far')!;
    for (const callback of intersectionCallbacks)
      callback([{ target: far, isIntersecting: true, boundingClientRect: BOX }]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('gives a shadow root the styles only when a mention inside it is painted', async () => {
    document.body.innerHTML = '';
    const named = document.createElement('div');
    named.attachShadow({ mode: 'open' }).innerHTML = '<p>Xi in the shadow</p>';
    const plain = document.createElement('div');
    plain.attachShadow({ mode: 'open' }).innerHTML = '<p>Nobody in the shadow</p>';
    await start('<p>Nothing known here.</p>', undefined, [named, plain]);
    expect(named.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    expect(plain.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('startAnnotator: a changing page', () => {
  it('reads added text and drops the highlights of removed text', async () => {
    const { annotator, counts } = await start('<div id="feed"><p id="first">Blinken arrived.</p></div>');
    const added = document.createElement('p');
    added.textContent = 'Xi and Wang Yi waited in Beijing.';
    document.getElementById('feed')!.append(added);
    await settle(annotator);
    expect(counts.total).toBe(4);
    document.getElementById('first')!.remove();
    await settle(annotator);
    expect(counts.value['person:antony-blinken']).toBeUndefined();
    expect(textsOf(registry, 'news-context-person')).toEqual(['Xi', 'Wang Yi']);
  });

  it('reads a new body that replaces the old one, and forgets the old', async () => {
    const { annotator, counts } = await start('<p>Xi spoke.</p>');
    const body = document.createElement('body');
    body.innerHTML = '<p>Blinken spoke.</p>';
    document.documentElement.replaceChild(body, document.body);
    await settle(annotator);
    expect(counts.value).toEqual({ 'person:antony-blinken': 1 });
    annotator.setMatcher(compileMatcher(TEST_ENTITIES), TEST_ENTITIES);
    await annotator.whenIdle();
    expect(counts.value).toEqual({ 'person:antony-blinken': 1 });
  });

  it('re-reads a text node whose text changed', async () => {
    const { annotator, counts } = await start('<p id="p">Blinken arrived.</p>');
    (document.getElementById('p')!.firstChild as Text).data = 'Xi arrived.';
    await settle(annotator);
    expect(counts.value).toEqual({ 'person:xi-jinping': 1 });
  });

  it('finds a name completed by inserting an inline element', async () => {
    const { annotator } = await start('<p id="p"><b>Wang</b></p>');
    const yi = document.createElement('i');
    yi.textContent = ' Yi';
    document.getElementById('p')!.append(yi);
    await settle(annotator);
    expect(textsOf(registry, 'news-context-person')).toEqual(['Wang Yi']);
  });

  it('reads blocks nested inside an added inline element', async () => {
    const { annotator, counts } = await start('<div id="list"></div>');
    const link = document.createElement('a');
    link.innerHTML = '<div><p>Blinken</p></div> and Xi';
    document.getElementById('list')!.append(link);
    await settle(annotator);
    expect(counts.value).toEqual({ 'person:antony-blinken': 1, 'person:xi-jinping': 1 });
  });

  it('re-reads only the changed inline text of a wrapper, not the article nested in it', async () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} on China.</p>`).join('');
    const { annotator, counts } = await start(`<div id="app"><span id="clock">10:00</span>${paragraphs}</div>`);
    const runsBefore = annotator.stats().runs;
    document.getElementById('clock')!.firstChild!.textContent = '10:01 Beijing';
    await settle(annotator);
    expect(annotator.stats().runs - runsBefore).toBe(1);
    expect(counts.value).toEqual({ 'place:china': 50, 'place:beijing': 1 });
  });

  it("does no work for changes inside the extension's UI", async () => {
    const host = '<div id="ui"></div><p>Xi</p>';
    const { annotator } = await start(host, (n) => Boolean(document.getElementById('ui')?.contains(n)));
    const before = annotator.stats().slices;
    document.getElementById('ui')!.textContent = 'Blinken';
    await settle(annotator);
    expect(annotator.stats().slices).toBe(before);
  });

  it('reads the whole page again after a huge batch of changes', async () => {
    const { annotator, counts } = await start('<div id="list"></div>');
    const list = document.getElementById('list')!;
    // Few mentions among many changes: happy-dom's ranges get slow by the thousand.
    for (let i = 0; i < 2500; i++) {
      const word = document.createElement('span');
      word.textContent = i % 100 === 0 ? 'China ' : 'and ';
      list.append(word);
    }
    await settle(annotator);
    expect(counts.value).toEqual({ 'place:china': 25 });
  });
});

/** Builds an element with DOM calls (a parser could turn noscript content into plain text). */
function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

describe('startAnnotator: added or changed elements that are never annotated', () => {
  it.each<[string, () => Node]>([
    ['an editable paragraph', () => element('p', { contenteditable: 'true' }, 'Antony Blinken')],
    [
      'a paragraph in noscript in a span',
      () => element('span', {}, element('noscript', {}, element('p', {}, 'Antony Blinken'))),
    ],
    [
      'a block in an editable span',
      () => element('span', { contenteditable: '' }, element('div', {}, element('p', {}, 'Blinken'))),
    ],
    [
      'a block in an editable block',
      () => element('div', { contenteditable: 'plaintext-only' }, element('section', {}, element('p', {}, 'Blinken'))),
    ],
  ])('never reads %s appended to the page', async (_name, make) => {
    const { annotator, counts } = await start('<p>China</p>');
    document.body.append(make());
    await settle(annotator);
    expect(textsOf(registry, 'news-context-person')).toEqual([]);
    expect(counts.value).toEqual({ 'place:china': 1 });
  });

  it('never reads an editable body (a rich-text editor frame)', async () => {
    document.body.setAttribute('contenteditable', 'true');
    try {
      const { counts } = await start('<p>Blinken met Xi in China.</p>');
      expect(counts.total).toBe(0);
      expect(textsOf(registry, 'news-context-person')).toEqual([]);
    } finally {
      document.body.removeAttribute('contenteditable');
    }
  });

  it('never reads a paragraph added inside an editable area', async () => {
    const { annotator, counts } = await start('<div id="editor" contenteditable="true"></div><p>China</p>');
    document.getElementById('editor')!.append(element('p', {}, 'Blinken'));
    await settle(annotator);
    expect(counts.value).toEqual({ 'place:china': 1 });
  });

  it.each<[string, string, string, Record<string, number>]>([
    ['a paragraph', '<p id="target">Blinken met Xi.</p><p>China</p>', 'true', { 'place:china': 1 }],
    [
      'an inline part of a name',
      '<p>Xi and <b>Antony</b> <i id="target">Blinken</i></p><p>China</p>',
      '',
      { 'person:xi-jinping': 1, 'place:china': 1 },
    ],
    [
      'a wrapper of blocks',
      '<div id="target"><section><p>Blinken</p></section></div><p>China</p>',
      'plaintext-only',
      { 'place:china': 1 },
    ],
  ])(
    'drops the highlights of %s once it turns editable, and reads it again once it stops',
    async (_name, html, value, whileEditable) => {
      const { annotator, counts } = await start(html);
      const before = { ...counts.value };
      const painted = textsOf(registry, 'news-context-person');
      const target = document.getElementById('target')!;
      target.setAttribute('contenteditable', value);
      await settle(annotator);
      expect(counts.value).toEqual(whileEditable);
      target.setAttribute('contenteditable', 'false');
      await settle(annotator);
      expect(counts.value).toEqual(before);
      target.setAttribute('contenteditable', 'true');
      await settle(annotator);
      target.removeAttribute('contenteditable');
      await settle(annotator);
      expect(counts.value).toEqual(before);
      expect(textsOf(registry, 'news-context-person').sort()).toEqual(painted.sort());
    },
  );
});

describe('startAnnotator: settings and navigation', () => {
  it('hides a disabled type and leaves it out of the counts', async () => {
    const { annotator, counts } = await start('<p>Blinken visited China.</p>');
    annotator.setEnabledTypes({ ...ALL_TYPES, place: false });
    expect(registry.has('news-context-place')).toBe(false);
    expect(registry.has('news-context-person')).toBe(true);
    expect(counts.value).toEqual({ 'person:antony-blinken': 1 });
    expect(annotator.mentionsInOrder().map((h) => h.entityId)).toEqual(['person:antony-blinken']);
  });

  it('lists mentions in reading order and steps through them, wrapping round', async () => {
    const { annotator } = await start('<p>Xi met Blinken.</p><p>Blinken left Beijing.</p>');
    expect(annotator.mentionsInOrder().map((h) => h.range.toString())).toEqual(['Xi', 'Blinken', 'Blinken', 'Beijing']);
    const steps = [1, 2, 3].map(() => annotator.revealNext('person:antony-blinken')?.range.toString());
    expect(steps).toEqual(['Blinken', 'Blinken', 'Blinken']);
    const first = annotator.revealNext()!;
    const second = annotator.revealNext()!;
    const back = annotator.revealNext(undefined, -1)!;
    expect(back.range).toBe(first.range);
    expect(second.range).not.toBe(first.range);
  });

  it('reads the page again with a new matcher', async () => {
    const { annotator, counts } = await start('<p>Blinken met Taiwan officials.</p>');
    const only = TEST_ENTITIES.filter((e) => e.id === 'place:taiwan');
    annotator.setMatcher(compileMatcher(only), only);
    await annotator.whenIdle();
    expect(counts.value).toEqual({ 'place:taiwan': 1 });
  });

  it('clears every highlight when the signal aborts', async () => {
    const { controller } = await start('<p>Blinken met Xi.</p>');
    expect(registry.size).toBe(3);
    controller.abort();
    expect(registry.size).toBe(0);
  });

  it('reports the mention under the pointer once, and null when it leaves', async () => {
    const { annotator, hovers } = await start('<p>Blinken met Xi.</p>');
    const [blinken] = annotator.mentionsInOrder();
    hitRanges = [blinken.range];
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5 }));
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 6, clientY: 5 }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    hitRanges = [];
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 300, clientY: 5 }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(hovers.map((h) => h?.entityId ?? null)).toEqual(['person:antony-blinken', null]);
  });
});
