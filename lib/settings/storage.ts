import { parseSettings, SETTINGS_KEY, type Settings } from './index';

/** The slice of browser.storage the settings need: the sync area and its change event. */
export interface SettingsStorage {
  sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  return parseSettings((await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  return storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the parsed settings whenever they change in any extension page or tab; returns the unsubscribe. */
export function watchSettings(storage: SettingsStorage, onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
