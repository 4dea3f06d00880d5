export type AddArticleState = { state: 'idle' | 'working' | 'done' | 'error'; message?: string };

const DEFAULT_MESSAGES: Record<AddArticleState['state'], string> = {
  idle: '',
  working: 'Reading this article…',
  done: 'Article added to your sources.',
  error: 'Could not add this article.',
};

interface AddArticleProps {
  status: AddArticleState;
  /** False on pages the extension cannot read. */
  available: boolean;
  onAddArticle(): void;
}

/** Adds the open article as a source; the work itself is the background's. */
export function AddArticle({ status, available, onAddArticle }: AddArticleProps) {
  const message = status.message ?? DEFAULT_MESSAGES[status.state];
  return (
    <div class="nc-add">
      <button
        type="button"
        class="nc-primary"
        disabled={!available || status.state === 'working'}
        onClick={onAddArticle}
      >
        Add this article
      </button>
      <p role="status" class={status.state === 'error' ? 'nc-add-status nc-error' : 'nc-add-status'}>
        {message}
      </p>
    </div>
  );
}
