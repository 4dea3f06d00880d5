import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** A container in the happy-dom document for each test, emptied after it; `show` renders into it. */
export function useContainer() {
  const state = { container: document.createElement('div') };
  beforeEach(() => {
    state.container = document.createElement('div');
    document.body.append(state.container);
  });
  afterEach(() => {
    render(null, state.container);
    state.container.remove();
  });
  return {
    get container() {
      return state.container;
    },
    show(node: ComponentChild) {
      act(() => render(node, state.container));
    },
  };
}

/** The switch whose label starts with `text` (visually hidden words included). */
export function switchLabelled(root: Element, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  const input = label?.querySelector('input[role="switch"]');
  if (!input) throw new Error(`no switch labelled ${text}`);
  return input as HTMLInputElement;
}

/** The button whose text (visually hidden words included) starts with `text`. */
export function buttonsStartingWith(root: Element, text: string): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim().startsWith(text));
}

export function click(element: HTMLElement) {
  act(() => element.click());
}

export function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
