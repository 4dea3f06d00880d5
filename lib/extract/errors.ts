/** Why an article could not be turned into knowledge; the message is shown to the reader as is. */
export type ExtractionProblem = 'empty' | 'no-sentences' | 'binary' | 'too-large' | 'unreadable';

export class ExtractionError extends Error {
  readonly problem: ExtractionProblem;

  constructor(problem: ExtractionProblem, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.problem = problem;
  }
}
