import { describe, expect, it } from 'vitest';
import { numberedTandems, programYaml } from '../helpers/program-yaml.js';
import { runTandem, standInEnv } from '../helpers/run-tandem.js';
import { useStandIn } from '../helpers/use-stand-in.js';
import { createWorkspace, type Workspace } from '../helpers/workspace.js';
import type { StandIn } from '../stand-in/index.js';

let standIn: StandIn;
let workspace: Workspace;
useStandIn(
  (started) => {
    standIn = started;
  },
  () => workspace[Symbol.asyncDispose](),
);

const tandems = numberedTandems(4);
const ISSUES = '/repos/acme/mentoring/issues';
const LIST = `GET ${ISSUES}?labels=tandem:pilot&state=all&per_page=100`;
/** Before creating: the issues Tandem's identity opened (GITHUB_TOKEN may not ask who it is). */
const WIDER_LOOK = [
  'GET /user → 403',
  `GET ${ISSUES}?creator=github-actions[bot]&state=all&per_page=100 → 200`,
];
/** The newest issue or pull request: the next issue's number, for its add-to-calendar links. */
const NEWEST = `GET ${ISSUES}?state=all&sort=created&direction=desc&per_page=1 → 200`;

/** The stand-in's request log, one line a request: method, path, query and what a write sends. */
function requestLines(): string[] {
  return standIn.log.map((entry) => {
    const query = Object.entries(entry.query).map(([key, value]) => `${key}=${value}`);
    const body = (entry.body ?? {}) as Record<string, unknown>;
    const sent = entry.isWrite
      ? ` {${Object.keys(body)
          .sort()
          .map((key) =>
            ['title', 'name', 'state', 'state_reason'].includes(key) ? `${key}: ${body[key]}` : key,
          )
          .join(', ')}}`
      : '';
    return `${entry.method} ${entry.path}${query.length > 0 ? `?${query.join('&')}` : ''}${sent} → ${entry.status}`;
  });
}

async function sync(selected: readonly (typeof tandems)[number][], title = 'Pilot') {
  await workspace.write('programs/pilot.yml', programYaml({ title, tandems: selected }));
  standIn.resetLog();
  const run = await runTandem(['sync'], { root: workspace.root, env: standInEnv(standIn) });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

describe('the requests of one sync, in order', () => {
  it('a first sync lists the issues and labels, creates the labels and each issue, then looks again for a racing run', async () => {
    standIn.seed({ repo: { collaborators: tandems.flatMap((tandem) => [tandem.mentor, tandem.mentee]) } });
    workspace = await createWorkspace();
    await sync(tandems.slice(0, 2));
    expect(requestLines()).toEqual([
      `${LIST} → 200`,
      ...WIDER_LOOK,
      NEWEST,
      // An empty repository: its own address.
      'GET /repos/acme/mentoring → 200',
      'GET /repos/acme/mentoring/labels?per_page=100 → 200',
      'POST /repos/acme/mentoring/labels {color, description, name: reverse-mentoring} → 201',
      'POST /repos/acme/mentoring/labels {color, description, name: tandem:pilot} → 201',
      `POST ${ISSUES} {assignees, body, labels, title: Tandem: @mentor-1 ↔ @mentee-1 · Pilot} → 201`,
      `POST ${ISSUES} {assignees, body, labels, title: Tandem: @mentor-2 ↔ @mentee-2 · Pilot} → 201`,
      `${LIST} → 200`,
    ]);
  });

  it('an apply updates, creates and closes in the plan’s order, the close after one comment', async () => {
    standIn.seed({ repo: { collaborators: tandems.flatMap((tandem) => [tandem.mentor, tandem.mentee]) } });
    workspace = await createWorkspace();
    await sync(tandems.slice(0, 3));
    // The title changes for everyone, tandem 3 leaves, tandem 4 joins.
    await sync([tandems[0]!, tandems[1]!, tandems[3]!], 'Pilot 2027');
    expect(requestLines()).toEqual([
      `${LIST} → 200`,
      // Authors of the labelled issues known: no need to ask who the token is.
      `GET ${ISSUES}?creator=github-actions[bot]&state=all&per_page=100 → 200`,
      NEWEST,
      'GET /repos/acme/mentoring/labels?per_page=100 → 200',
      // Each body merged from a read made right before its write.
      `GET ${ISSUES}/1 → 200`,
      `PATCH ${ISSUES}/1 {body, title: Tandem: @mentor-1 ↔ @mentee-1 · Pilot 2027} → 200`,
      `GET ${ISSUES}/2 → 200`,
      `PATCH ${ISSUES}/2 {body, title: Tandem: @mentor-2 ↔ @mentee-2 · Pilot 2027} → 200`,
      `POST ${ISSUES} {assignees, body, labels, title: Tandem: @mentor-4 ↔ @mentee-4 · Pilot 2027} → 201`,
      `GET ${ISSUES}/3/comments?per_page=100 → 200`,
      `POST ${ISSUES}/3/comments {body} → 201`,
      `PATCH ${ISSUES}/3 {state: closed, state_reason: not_planned} → 200`,
      `${LIST} → 200`,
    ]);
  });
});
