import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/** Renders the popup with spied callbacks and default settings; returns the props so tests can check the calls. */
export function renderPopup(
  container: HTMLElement,
  base: Pick<PopupProps, 'knowledge' | 'page'>,
  overrides: Partial<PopupProps> = {},
): PopupProps {
  const props: PopupProps = {
    ...base,
    settings: DEFAULT_SETTINGS,
    onToggleSite: vi.fn(),
    onToggleGlobal: vi.fn(),
    onRevealEntity: vi.fn(),
    onCopy: vi.fn(),
    onAddArticle: vi.fn(),
    ...overrides,
  };
  act(() => render(<Popup {...props} />, container));
  return props;
}
