import seedKnowledge from 'virtual:seed-knowledge';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ImportMessage, Options, type Shortcut, type SourceSummary } from '@/components/options/Options';
import { SourceStore } from '@/lib/knowledge/store';
import type { KnowledgeReply } from '@/lib/messages';
import { useStoredSettings } from '../popup/use-stored-settings';

const store = new SourceStore({ area: browser.storage.local, seed: seedKnowledge });
const EXPORT_FILE_NAME = 'news-context-knowledge.json';

async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = (await browser.commands?.getAll()) ?? [];
  return commands
    .filter((command) => command.name && !command.name.startsWith('_'))
    .map((command) => ({ name: command.name ?? '', description: command.description, shortcut: command.shortcut }));
}

/** Chrome has a page for it; Firefox (137+) opens its own dialog; elsewhere there is nothing to open. */
function openShortcutSettings() {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function OptionsApp() {
  const [settings, saveSettings] = useStoredSettings();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [importMessage, setImportMessage] = useState<ImportMessage | null>(null);

  const refreshSources = useCallback(async () => {
    setSources(await store.summaries());
    setProblem(await store.problemSummary());
  }, []);

  useEffect(() => {
    void loadShortcuts().then(setShortcuts);
    void refreshSources();
  }, [refreshSources]);

  const afterChange = async (result: { ok: boolean; reason?: string }) => {
    if (!result.ok) setImportMessage({ kind: 'error', text: result.reason ?? 'That did not work.' });
    await refreshSources();
  };

  const exportKnowledge = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'getKnowledge' })) as KnowledgeReply;
    download(store.exportKnowledge(reply.knowledge), EXPORT_FILE_NAME);
  };

  const importKnowledge = async (file: File) => {
    const result = await store.importKnowledge(await file.text());
    setImportMessage(
      result.ok
        ? {
            kind: 'success',
            text: `Imported ${result.added} new and ${result.replaced} updated sources from ${file.name}.`,
          }
        : { kind: 'error', text: result.reason },
    );
    await refreshSources();
  };

  const discardProblem = async () => {
    for (const report of await store.setAsideReports()) await store.discardSetAside(report.key);
    await refreshSources();
  };

  return (
    <Options
      settings={settings}
      onChange={(next) => void saveSettings(next)}
      shortcuts={shortcuts}
      onOpenShortcutSettings={openShortcutSettings}
      sources={sources}
      onToggleSource={(id, enabled) => void store.setEnabled(id, enabled).then(afterChange)}
      onRemoveSource={(id) => void store.removeSource(id).then(afterChange)}
      onExport={() => void exportKnowledge()}
      onImport={(file) => void importKnowledge(file)}
      importMessage={importMessage}
      problem={problem}
      onDiscardProblem={() => void discardProblem()}
    />
  );
}
