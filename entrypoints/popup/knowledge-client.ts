/**
 * How extension pages (popup, options) use the knowledge: they read the database directly (reads need no owner)
 * and send every change to the background, the one writer, so two pages or windows never overwrite each other.
 */

import { openKnowledgeDb } from '@/lib/knowledge/idb';
import type { AddResult, StoreResult } from '@/lib/knowledge/knowledge-store';
import type { BackgroundRequest } from '@/lib/messages';

export const sendToBackground = <T>(request: BackgroundRequest) => browser.runtime.sendMessage(request) as Promise<T>;

let opened: Promise<IDBDatabase> | null = null;

/**
 * The database, once the background has it ready (on first run it migrates older storage first: reading
 * before that would show an empty list).
 */
export function knowledgeDb(): Promise<IDBDatabase> {
  opened ??= sendToBackground({ type: 'getStatus' })
    .catch(() => undefined)
    .then(() => openKnowledgeDb(indexedDB));
  return opened;
}

export const addSources = (items: unknown[]) => sendToBackground<AddResult>({ type: 'addSources', items });
export const removeSource = (id: string) => sendToBackground<StoreResult>({ type: 'removeSource', id });
export const setSourceEnabled = (id: string, enabled: boolean) =>
  sendToBackground<StoreResult>({ type: 'setSourceEnabled', id, enabled });
export const discardSetAside = (key: number) => sendToBackground<StoreResult>({ type: 'discardSetAside', key });
