import type { PageLearning } from '../../lib/messages';
import { Switch } from '../shared/Switch';

interface SiteLearningProps {
  /** The page's site, or null where nothing can be learned (browser pages, files). */
  hostname: string | null;
  on: boolean;
  learning: PageLearning;
  /** Why turning it on did not work (access refused), or null. */
  problem: string | null;
  onToggle(on: boolean): void;
  onUndo(sourceId: string): void;
}

/** "Learn from articles on this site", and what learning did with this page: quiet, with an Undo. */
export function SiteLearning({ hostname, on, learning, problem, onToggle, onUndo }: SiteLearningProps) {
  return (
    <div class="nc-learning">
      <Switch label="Learn from articles on this site" checked={on} disabled={hostname === null} onChange={onToggle} />
      <p role="status" class={problem ? 'nc-learning-status nc-error' : 'nc-learning-status nc-muted'}>
        {problem ?? (on ? <LearningStatus learning={learning} onUndo={onUndo} /> : '')}
      </p>
    </div>
  );
}

function LearningStatus({ learning, onUndo }: { learning: PageLearning; onUndo(sourceId: string): void }) {
  switch (learning.state) {
    case 'learned':
      return (
        <>
          {learning.replaced ? 'Updated from this page' : 'Learned from this page'} ·{' '}
          <button type="button" class="nc-inline-link" onClick={() => onUndo(learning.sourceId)}>
            Undo
          </button>
        </>
      );
    case 'skipped':
      return <>{learning.reason}</>;
    default:
      return <>Articles you stay on for a few seconds are learned here.</>;
  }
}
