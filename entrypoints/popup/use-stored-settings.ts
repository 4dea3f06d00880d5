import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadSettings, type SettingsStorage, saveSettings, watchSettings } from '@/lib/settings/storage';

const storage = browser.storage as unknown as SettingsStorage;

/** The reader's settings, live: changes made in any page or tab show here at once. */
export function useStoredSettings(): [Settings, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings(storage).then(setSettings);
    return watchSettings(storage, setSettings);
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    return saveSettings(storage, next);
  };
  return [settings, save];
}
