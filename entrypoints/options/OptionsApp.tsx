import { useCallback, useEffect, useState } from 'preact/hooks';
import { type ImportMessage, Options, type Shortcut, type SourceSummary } from '@/components/options/Options';
import {
  checkFileItems,
  knowledgeFileText,
  readKnowledgeFile,
  type SourceImport,
} from '@/lib/knowledge/knowledge-file';
import { readOwnSources, readSetAside, readSummaries, setAsideSentence } from '@/lib/knowledge/knowledge-views';
import { siteAccessOrigins } from '@/lib/learn/site-access';
import { KNOWLEDGE_REVISION_KEY } from '@/lib/messages';
import { listedLearningSites } from '@/lib/settings';
import {
  addSources,
  discardSetAside,
  knowledgeDb,
  removeSource,
  sendToBackground,
  setSourceEnabled,
} from '../popup/knowledge-client';
import { useStoredSettings } from '../popup/use-stored-settings';
import { useSiteAccess } from './use-site-access';

const EXPORT_FILE_NAME = 'news-context-knowledge.json';
/** Sources per message during an import: progress moves, and the page never waits on one huge message. */
const IMPORT_CHUNK_SIZE = 50;

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

/**
 * Reads and checks a whole file before anything is stored (a wrong part refuses the file whole), a chunk at a
 * time with a pause between, so a 10,000-source file shows its progress and never freezes the page.
 */
async function checkFile(file: File, say: (message: ImportMessage) => void): Promise<SourceImport[] | null> {
  const refuse = (reason: string) => {
    say({ kind: 'error', text: `This file cannot be imported: ${reason}` });
    return null;
  };
  const read = readKnowledgeFile(await file.text());
  if (!read.ok) return refuse(read.reason);
  const total = read.value.items.length;
  const parts: SourceImport[] = [];
  for (let from = 0; from < total; from += IMPORT_CHUNK_SIZE) {
    say({
      kind: 'progress',
      text: `Checking ${file.name}: ${plural(from, 'source')} of ${total.toLocaleString('en')}…`,
      done: from,
      total,
    });
    await new Promise((next) => setTimeout(next));
    const checked = checkFileItems(read.value, from, from + IMPORT_CHUNK_SIZE);
    if (!checked.ok) return refuse(checked.reason);
    parts.push(...checked.value);
  }
  return parts.length > 0 ? parts : refuse('it holds no source');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function OptionsApp() {
  const [settings, saveSettings] = useStoredSettings();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [problem, setProblem] = useState<{ sentence: string; details: string[] } | null>(null);
  const [importMessage, setImportMessage] = useState<ImportMessage | null>(null);
  const siteAccess = useSiteAccess(listedLearningSites(settings.learningSites, sources ?? []));

  const refreshSources = useCallback(async () => {
    const db = await knowledgeDb();
    const [rows, setAside] = await Promise.all([readSummaries(db), readSetAside(db)]);
    setSources(rows);
    const sentence = setAsideSentence(setAside);
    setProblem(sentence ? { sentence, details: setAside.flatMap((report) => report.problems) } : null);
  }, []);

  useEffect(() => {
    void loadShortcuts().then(setShortcuts);
    void refreshSources();
    // Another window or the popup changed the sources: follow.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && KNOWLEDGE_REVISION_KEY in changes) void refreshSources();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refreshSources]);

  const afterChange = async (result: { ok: boolean; reason?: string }) => {
    if (!result.ok) setImportMessage({ kind: 'error', text: result.reason ?? 'That did not work.' });
    await refreshSources();
  };

  const exportKnowledge = async () => {
    download(knowledgeFileText(await readOwnSources(await knowledgeDb()), new Date()), EXPORT_FILE_NAME);
  };

  const importKnowledge = async (file: File) => {
    const parts = await checkFile(file, setImportMessage);
    if (!parts) return;
    let added = 0;
    let replaced = 0;
    for (let done = 0; done < parts.length; done += IMPORT_CHUNK_SIZE) {
      const text = `Importing ${file.name}: ${plural(done, 'source')} of ${parts.length.toLocaleString('en')}…`;
      setImportMessage({ kind: 'progress', text, done, total: parts.length });
      const result = await addSources(parts.slice(done, done + IMPORT_CHUNK_SIZE));
      if (!result.ok) {
        // Only the built-in article in this chunk is no failure; anything else stops the import here.
        if (/only the built-in/.test(result.reason)) continue;
        setImportMessage({
          kind: 'error',
          text: `Import stopped after ${plural(added + replaced, 'source')}: ${result.reason}`,
        });
        await refreshSources();
        return;
      }
      added += result.added;
      replaced += result.replaced;
    }
    if (added + replaced === 0) {
      setImportMessage({
        kind: 'error',
        text: 'This file cannot be imported: it holds only the built-in source, which is already included',
      });
    } else {
      setImportMessage({
        kind: 'success',
        text: `Imported ${added.toLocaleString('en')} new and ${replaced.toLocaleString('en')} updated sources from ${file.name}.`,
      });
    }
    await refreshSources();
  };

  /** permissions.request must start in the click; the background turns learning on once access is granted. */
  const setSiteLearning = (site: string, on: boolean) => {
    if (on) {
      void browser.permissions.request({ origins: siteAccessOrigins(site) }).catch(() => false);
      void sendToBackground({ type: 'requestSiteLearning', site, askedForAccess: !siteAccess.hadAccess(site) });
    } else {
      void sendToBackground({ type: 'setSiteLearning', site, on: false, askedForAccess: false }).then(() =>
        siteAccess.recheck(site),
      );
    }
  };

  const discardProblem = async () => {
    for (const report of await readSetAside(await knowledgeDb())) await discardSetAside(report.key);
    await refreshSources();
  };

  return (
    <Options
      settings={settings}
      onChange={(next) => void saveSettings(next)}
      shortcuts={shortcuts}
      onOpenShortcutSettings={openShortcutSettings}
      sources={sources}
      onToggleSource={(id, enabled) => void setSourceEnabled(id, enabled).then(afterChange)}
      onRemoveSource={(id) => void removeSource(id).then(afterChange)}
      onExport={() => void exportKnowledge()}
      onImport={(file) => void importKnowledge(file)}
      importMessage={importMessage}
      problem={problem?.sentence ?? null}
      problemDetails={problem?.details}
      onDiscardProblem={() => void discardProblem()}
      onSiteLearning={setSiteLearning}
      onForgetSite={(site) =>
        void sendToBackground<{ ok: boolean; reason?: string }>({ type: 'forgetLearnedSite', site }).then(afterChange)
      }
    />
  );
}
