import type { Language } from '../program/program.js';
import type { MergeReport } from './merge-issue-body.js';

/** What a tandem's issue should look like, freshly rendered (all boxes open). */
export interface DesiredIssue {
  readonly tandemId: string;
  /** `<mentor>-<mentee>` in lower case: the id the tandem had before it was given an `id:`. */
  readonly defaultTandemId?: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  /** The body shortened further, step by step, for when the merge with the pair's text is too long. */
  readonly smallerBodies?: () => readonly string[];
  /** The issue's address its add-to-calendar links carry, when it was rendered for one. */
  readonly issueUrl?: string;
  /** The same issue rendered for the issue at this address. */
  readonly atAddress?: (issueUrl: string) => DesiredIssue;
}

/** A tandem issue as it is on GitHub now. */
export interface ActualIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  /** GitHub's `state_reason`; undefined when not known. */
  readonly stateReason?: string | null;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly url?: string;
}

export interface IssueChanges {
  readonly title?: string;
  readonly body?: string;
  readonly addLabels?: readonly string[];
  readonly addAssignees?: readonly string[];
}

export type SyncAction =
  | { readonly kind: 'create'; readonly tandemId: string; readonly issue: DesiredIssue }
  | {
      readonly kind: 'update' | 'reopen';
      readonly tandemId: string;
      readonly number: number;
      readonly before: ActualIssue;
      readonly changes: IssueChanges;
      /** The issue as the program wants it: apply merges the body again from a fresh read. */
      readonly desired: DesiredIssue;
      /** What was found broken and is repaired ("label put back", "marker put back"). */
      readonly repairs?: readonly string[];
      /** Ticks the merge kept on reworded items, and ticked items it drops, for reviewers. */
      readonly ticks?: MergeReport;
    }
  | { readonly kind: 'close'; readonly tandemId: string; readonly number: number; readonly comment: string }
  | {
      readonly kind: 'close-duplicate';
      readonly tandemId: string;
      readonly number: number;
      readonly duplicateOf: number;
      readonly comment: string;
    }
  | {
      readonly kind: 'unchanged';
      readonly tandemId: string;
      readonly number: number;
      /** Set when a person closed the issue: it stays closed. */
      readonly isClosedByPerson?: boolean;
    };

export type SyncActionKind = SyncAction['kind'];

/** What a merge needs besides the two bodies: the heading language and the program's today. */
export interface MergeContext {
  readonly language?: Language;
  /** The program's today (`YYYY-MM-DD`): sessions before it are history (see mergeIssueBody). */
  readonly today?: string;
}

export interface SyncPlan extends MergeContext {
  readonly programId: string;
  readonly actions: readonly SyncAction[];
  /** Issues Tandem saw but did not take (orphans, too unsure to adopt), each a sentence. */
  readonly notes?: readonly string[];
}

export interface PlanSyncInput {
  readonly programId: string;
  /** Ids the program had before: issues with their marker are its own. */
  readonly formerly?: readonly string[];
  /** Every program id and former id in the program files; others' issues are orphans. Default: this program's. */
  readonly knownProgramIds?: ReadonlySet<string>;
  readonly language?: Language;
  /** The program's today (`YYYY-MM-DD`): sessions before it are history (see mergeIssueBody). */
  readonly today?: string;
  /** Tandems that could not be rendered: their issues are left as they are, never closed. */
  readonly failedTandemIds?: readonly string[];
  readonly desired: readonly DesiredIssue[];
  readonly actual: readonly ActualIssue[];
  readonly closeComment: (tandemId: string) => string;
  readonly duplicateComment: (canonical: number) => string;
}
