import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings';
import { loadSettings, type SettingsStorage, saveSettings, watchSettings } from '@/lib/settings/storage';

const storage = browser.storage as unknown as SettingsStorage;
const keyOf = (settings: Settings) => JSON.stringify(parseSettings(settings));

/** The reader's settings, live: changes made in any page or tab show here at once. */
export function useStoredSettings(): [Settings, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // Our own saves come back as change events; applying a late echo would undo keys typed since ("900" → "90").
  const ownSaves = useRef<string[]>([]);
  useEffect(() => {
    void loadSettings(storage).then(setSettings);
    return watchSettings(storage, (changed) => {
      const echo = ownSaves.current.indexOf(keyOf(changed));
      if (echo >= 0) ownSaves.current.splice(0, echo + 1);
      else setSettings(changed);
    });
  }, []);
  const save = (next: Settings) => {
    setSettings(next);
    ownSaves.current.push(keyOf(next));
    return saveSettings(storage, next);
  };
  return [settings, save];
}
