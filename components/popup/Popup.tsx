import { useMemo, useState } from 'preact/hooks';
import type { KnowledgeTotals } from '../../lib/knowledge/knowledge-views';
import { EMPTY_KNOWLEDGE, type Entity, type KnowledgeBase, type Source } from '../../lib/knowledge/schema';
import type { PageLearning } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { Switch } from '../shared/Switch';
import { AddArticle, type AddArticleState } from './AddArticle';
import { FactList } from './FactList';
import { Header } from './Header';
import { mentionedIds, orderForPage } from './ordering';
import { PageEntities } from './PageEntities';
import type { PageState } from './pageState';
import { QuoteList } from './QuoteList';
import { SearchBox } from './SearchBox';
import { SiteLearning } from './SiteLearning';
import { buildSearchIndex } from './search';
import './popup.css';

export type { AddArticleState } from './AddArticle';
export type { PageState } from './pageState';

export interface PopupProps {
  /** null while it loads: nothing may claim "no sources" before they are read. */
  knowledge: KnowledgeBase | null;
  page: PageState;
  settings: Settings;
  onToggleSite(on: boolean): void;
  onToggleGlobal(on: boolean): void;
  onRevealEntity(entityId: string): void;
  onCopy(text: string): void | Promise<void>;
  onAddArticle(): void;
  /** Asks the browser for access to the page's site (Firefox MV3). */
  onGrantAccess?(): void;
  addArticle?: AddArticleState;
  /** Corrupt storage reported by the background. */
  problem?: string | null;
  /** Set while `knowledge` is only the first part read: the whole knowledge's counts. */
  totals?: KnowledgeTotals;
  /** What learning did with this page; absent where learning is not offered. */
  learning?: PageLearning;
  learningProblem?: string | null;
  onToggleLearning?(on: boolean): void;
  onUndoLearning?(sourceId: string): void;
}

const IDLE: AddArticleState = { state: 'idle' };
/** Joins the page's entity ids into one comparable key (ids never hold a newline). */
const ID_SEPARATOR = '\n';

export function Popup(props: PopupProps) {
  const { page, settings } = props;
  const loading = props.knowledge === null;
  const knowledge = props.knowledge ?? EMPTY_KNOWLEDGE;
  const [query, setQuery] = useState('');
  const searching = query.trim().length > 0;

  const entitiesById = useMemo(() => new Map<string, Entity>(knowledge.entities.map((e) => [e.id, e])), [knowledge]);
  const sourcesById = useMemo(() => new Map<string, Source>(knowledge.sources.map((s) => [s.id, s])), [knowledge]);
  // Texts are folded once per knowledge; the page's names reorder the lists only when they change.
  const index = useMemo(() => buildSearchIndex(knowledge), [knowledge]);
  const onPageKey = page.state === 'ready' ? [...mentionedIds(page.counts)].sort().join(ID_SEPARATOR) : '';
  const onPage = useMemo(() => new Set(onPageKey ? onPageKey.split(ID_SEPARATOR) : []), [onPageKey]);
  const ordered = useMemo(() => orderForPage(knowledge, onPage), [knowledge, onPage]);
  const result = useMemo(() => index.search(query, ordered), [index, ordered, query]);
  const pageMatches = [...onPage].filter((id) => result.entityIds.has(id)).length;
  const nothingMatches = searching && result.facts.length + result.quotes.length + pageMatches === 0;
  const hostname = page.state === 'ready' ? page.hostname : null;

  return (
    <div class="nc-popup">
      <header class="nc-top">
        <Header knowledge={knowledge} loading={loading} totals={props.totals} />
        {props.problem && (
          <p role="alert" class="nc-problem">
            {props.problem}
          </p>
        )}
        <div class="nc-switches">
          <Switch label="Highlighting on" checked={settings.enabled} onChange={props.onToggleGlobal} />
          <Switch
            label="Highlight on this site"
            checked={hostname !== null && !settings.disabledSites.includes(hostname)}
            disabled={hostname === null}
            onChange={props.onToggleSite}
          />
        </div>
        <SearchBox value={query} onInput={setQuery} />
        <p role="status" class={nothingMatches ? 'nc-no-matches' : 'nc-visually-hidden'}>
          {nothingMatches ? 'No matches' : ''}
        </p>
      </header>
      <main class="nc-scroll">
        <PageEntities
          page={page}
          settings={settings}
          entities={knowledge.entities}
          matchingIds={searching ? result.entityIds : null}
          onRevealEntity={props.onRevealEntity}
          onGrantAccess={props.onGrantAccess}
        />
        {loading ? (
          <LoadingSections />
        ) : (
          <>
            <FactList
              facts={result.facts}
              entitiesById={entitiesById}
              sourcesById={sourcesById}
              showSources={knowledge.sources.length > 1}
              searching={searching}
            />
            <QuoteList
              quotes={result.quotes}
              entitiesById={entitiesById}
              sourcesById={sourcesById}
              searching={searching}
              onCopy={props.onCopy}
            />
          </>
        )}
      </main>
      <footer class="nc-footer">
        <AddArticle
          status={props.addArticle ?? IDLE}
          available={page.state === 'ready'}
          onAddArticle={props.onAddArticle}
        />
        {props.onToggleLearning && props.onUndoLearning && (
          <SiteLearning
            hostname={hostname}
            on={hostname !== null && settings.learningSites.includes(hostname)}
            learning={props.learning ?? { state: 'off' }}
            problem={props.learningProblem ?? null}
            onToggle={props.onToggleLearning}
            onUndo={props.onUndoLearning}
          />
        )}
      </footer>
    </div>
  );
}

/** Placeholders with the real sections' headings, so the layout does not jump when the knowledge arrives. */
function LoadingSections() {
  return (
    <section class="nc-section nc-loading" aria-busy="true" aria-labelledby="nc-loading-heading">
      <h2 id="nc-loading-heading">Key facts</h2>
      <p role="status" class="nc-muted">
        <span class="nc-spinner" aria-hidden="true" /> Loading your sources…
      </p>
      <div class="nc-skeleton" aria-hidden="true" />
      <div class="nc-skeleton" aria-hidden="true" />
      <div class="nc-skeleton" aria-hidden="true" />
    </section>
  );
}
