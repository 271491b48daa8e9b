import type { ProposeFileChangesResult } from '../github/propose-file-changes.js';

/** What became of a proposed pull request, in one sentence for the log and the job summary. */
export function describeProposal(proposed: ProposeFileChangesResult, what: string): string {
  switch (proposed.outcome) {
    case 'same-as-base':
      return 'the default branch already holds this proposal; no pull request';
    case 'taken-over':
      return `a person pushed to pull request #${proposed.number}; Tandem leaves it to them: ${proposed.url}`;
    case 'declined':
      return `a person closed pull request #${proposed.number} with this proposal; not proposed again`;
    case 'unchanged':
      return `pull request #${proposed.number} is up to date with ${what}: ${proposed.url}`;
    default:
      return `${proposed.outcome} pull request #${proposed.number} with ${what}: ${proposed.url}`;
  }
}
