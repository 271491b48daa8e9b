/**
 * The released tag users pin, in one place: workflows run the Action as `tandem-mentoring/tandem@v1`
 * and the issue tells pairs to run the CLI as `npx github:tandem-mentoring/tandem#v1`, never the
 * default branch, whose next commit could change what the command does. The README and
 * docs/workflows/ are held to it by tests/docs/release-tag.test.ts.
 */
export const RELEASE_TAG = 'v1';
export const TANDEM_REPOSITORY = 'tandem-mentoring/tandem';
/** How npx names a GitHub repository at a tag (`#`: npm reads `@v1` as part of the name). */
export const TANDEM_CLI = `npx github:${TANDEM_REPOSITORY}#${RELEASE_TAG}`;
