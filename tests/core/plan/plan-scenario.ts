import { programLabel, renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import type { ActualIssue, SyncPlan } from '../../../src/core/sync/sync-plan.js';
import { loadProgram } from '../../../src/core/validate/load-program.js';
import { numberedTandems, programYaml } from '../../helpers/program-yaml.js';

const load = (yaml: string) => {
  const loaded = loadProgram('programs/pilot.yml', yaml);
  if (!loaded.program) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.program;
};

/**
 * Five tandems synced on Mondays, the pairs ticked a few boxes (one with a capital X); then the
 * program moves every session to Tuesdays, drops an agenda item some pairs ticked, and adds a sixth
 * tandem. Returns the plan of that change (a session with a ticked box is history and stays as it is).
 */
export function tuesdayPlan(): SyncPlan {
  const before = load(
    programYaml({
      tandems: numberedTandems(5),
      duration: '12 weeks',
      extra: { session: { length: '45 minutes', weekday: 'monday' } },
    }),
  );
  const actual: ActualIssue[] = renderDesiredIssues(before).map((issue, index) => {
    let body = issue.body.replace(
      '- [ ] Walk through three accounts',
      `- [${index === 0 ? 'X' : 'x'}] Walk through three accounts`,
    );
    if (index < 3) body = body.replace('- [ ] Talk about limits', '- [x] Talk about limits');
    return {
      number: index + 1,
      title: issue.title,
      body,
      state: 'open',
      labels: [...issue.labels],
      assignees: [...issue.assignees],
    };
  });
  const topics = [
    {
      id: 'social-media',
      title: 'Social media',
      agenda: ['Walk through three accounts', 'Draft a first post'],
    },
    { id: 'ai-tools', title: 'AI tools at work', agenda: ['Try an assistant on a real task'] },
    { id: 'new-work', title: 'New work', agenda: ['What flexibility means', 'Agree on one experiment'] },
  ];
  const after = load(
    programYaml({
      tandems: numberedTandems(6),
      duration: '12 weeks',
      topics,
      extra: { session: { length: '45 minutes', weekday: 'tuesday' } },
    }),
  );
  return planSync({
    programId: after.id,
    desired: renderDesiredIssues(after),
    actual,
    closeComment: () => 'closed',
    duplicateComment: () => 'duplicate',
  });
}

export const PROGRAM_LABEL = programLabel('pilot');
