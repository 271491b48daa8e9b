/** The GitHub stand-in for tests and benchmarks: `startStandIn()` and the types tests use. */
export type { ContentCreationLimitOptions, FaultMatch, Faults } from './faults.js';
export { commitFiles, gitOf, readFileAt } from './git-store.js';
export { addProject, type ProjectInput, type ProjectRecord, projectsOf } from './projects-state.js';
export type {
  CategoryInput,
  CommentInput,
  DiscussionInput,
  IssueInput,
  LabelInput,
  SeedData,
} from './seed.js';
export {
  addDiscussion,
  addDiscussionCategory,
  addDiscussionComment,
  addIssue,
  addIssueComment,
  addLabel,
  seedState,
} from './seed.js';
export { type StandIn, type StandInOptions, startStandIn } from './server.js';
export type * from './state.js';
export type * from './types.js';
