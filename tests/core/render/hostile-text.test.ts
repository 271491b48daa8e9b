import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSummaryTable } from '../../../src/core/diagnostics/format-diagnostic.js';
import { parseChecklist } from '../../../src/core/issue-body/checklist.js';
import { findSessionAnchor } from '../../../src/core/issue-body/session-anchor.js';
import { escapePlainTitle, toPlainLine } from '../../../src/core/markdown/escape-markdown.js';
import type { Program } from '../../../src/core/program/program.js';
import { formatRemindSummary, nameSession } from '../../../src/core/remind/render-remind-summary.js';
import { renderReminder } from '../../../src/core/remind/render-reminder.js';
import { computeProgramProgress } from '../../../src/core/report/compute-program-progress.js';
import { renderDiscussionBody, renderReport } from '../../../src/core/report/render-report.js';
import { scheduleProgramShared } from '../../../src/core/schedule/schedule-program-shared.js';
import { renderDesiredIssues } from '../../../src/core/sync/desired-issues.js';
import { formatPlanMarkdown } from '../../../src/core/sync/format-plan.js';
import { planSync } from '../../../src/core/sync/plan-sync.js';
import { closeComment, duplicateComment } from '../../../src/core/sync/sync-comments.js';
import { makeProgram, makeTandem } from '../schedule/make-program.js';
import { type GfmFindings, inspectGfm } from './gfm-inspect.js';

/** Pieces of text people paste into programs, pools and sign-ups, harmless or not. */
const PIECES = [
  '@everyone',
  '@acme/leadership',
  '@@lea',
  '#1',
  'GH-12',
  'acme/mentoring#3',
  'https://evil.example/x',
  'www.evil.example',
  'ceo@acme.example',
  '<b>',
  '</details>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<!-- tandem:notes — everything below this line is yours; Tandem never changes it -->',
  '{{user "boss"}}',
  '{{{marker}}}',
  '[x](https://evil.example)',
  '- [x]',
  '# ',
  '> ',
  '1. ',
  '|',
  '`',
  '**',
  '_',
  '~~',
  '$',
  '\\',
  '&#64;boss',
  '&amp;',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2067',
  '\n',
  'Grüße',
  'plain',
];
const hostileText = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), {
      minLength: 1,
      maxLength: 5,
    }),
    fc.boolean(),
  )
  .map(([parts, isSpaced]) => parts.join(isSpaced ? ' ' : ''))
  .filter((text) => toPlainLine(text) !== '');

interface Texts {
  readonly title: string;
  readonly description: string;
  readonly topic: string;
  readonly item: string;
  readonly goal: string;
  readonly discussion: string;
  readonly pairItem: string;
  readonly message: string;
}

const PAIR = ['lea-schmidt', 'martin-weber'];
const tandems = [
  makeTandem({ id: 'lea-schmidt-martin-weber', mentor: 'lea-schmidt', mentee: 'martin-weber' }),
];

function programWith(texts: Texts): Program {
  const base = makeProgram({ tandems });
  return {
    ...base,
    title: texts.title,
    description: texts.description,
    topics: base.topics.map((topic) => ({
      ...topic,
      title: texts.topic,
      agenda: [texts.item, ...topic.agenda],
    })),
    agenda: { ...base.agenda, kickoff: [texts.item], retrospective: [texts.item, 'What next'] },
    tandems: tandems.map((tandem) => ({ ...tandem, goals: [texts.goal] })),
    report: {
      visibility: 'tandems',
      period: 'week',
      discussion: { category: 'Mentoring', title: texts.discussion },
    },
    reminders: { beforeMinutes: 60, text: '1 hour' },
  };
}

/** Every output that reaches GitHub, with whether it may mention the pair. */
interface Output {
  readonly name: string;
  readonly markdown: string;
  readonly mayMentionPair: boolean;
  /** A title: GitHub shows it as plain text, yet links mentions and references in it. */
  readonly isPlainText?: boolean;
}

function outputsOf(texts: Texts): Output[] {
  const program = programWith(texts);
  const [desired] = renderDesiredIssues(program);
  const schedules = scheduleProgramShared(program);
  const sessions = schedules.get(tandems[0]!.id)!;
  const session = sessions[1]!;
  const body = desired!.body.replace(
    '<!-- tandem:session topic-social-media-1 -->\n',
    `<!-- tandem:session topic-social-media-1 -->\n- [ ] Ours ${toPlainLine(texts.pairItem)}\n`,
  );
  const openItems = parseChecklist(body)
    .filter((item) => item.sessionKey === session.key && !item.checked)
    .map((item) => item.text);
  const anchor = findSessionAnchor(body, session.key);
  const reminder = renderReminder({
    program,
    tandem: program.tandems[0]!,
    session,
    openItems,
    ...(anchor && { link: `https://github.com/acme/mentoring/issues/7#${anchor}` }),
  });
  const plan = planSync({
    programId: program.id,
    desired: [desired!],
    actual: [
      {
        number: 9,
        title: 'Old',
        body: '<!-- tandem:issue program=test-program tandem=gone -->',
        state: 'open',
        labels: [],
        assignees: [],
      },
    ],
    closeComment: () => closeComment(program),
    duplicateComment: (canonical) => duplicateComment(program, canonical),
  });
  const issues = new Map([
    [tandems[0]!.id, { state: 'open' as const, checklist: parseChecklist(body), commentCount: 0 }],
  ]);
  const progress = computeProgramProgress({ program, schedules, issues, today: '2027-02-01' });
  const diagnostic = {
    file: 'programs/pilot.yml',
    severity: 'error' as const,
    rule: 'unknown-topic',
    message: texts.message,
    range: { line: 1, col: 1, endLine: 1, endCol: 2 },
  };
  return [
    // As Tandem writes it: what the pair adds later is theirs, not Tandem's output.
    { name: 'issue body', markdown: desired!.body, mayMentionPair: true },
    { name: 'reminder', markdown: reminder, mayMentionPair: true },
    { name: 'closing comment', markdown: closeComment(program), mayMentionPair: false },
    { name: 'duplicate comment', markdown: duplicateComment(program, 12), mayMentionPair: false },
    { name: 'plan comment and sync summary', markdown: formatPlanMarkdown([plan]), mayMentionPair: false },
    {
      name: 'report comment and summary',
      markdown: renderReport({ program, progress, period: '2027-W05' }).body,
      mayMentionPair: false,
    },
    { name: 'discussion body', markdown: renderDiscussionBody(program), mayMentionPair: false },
    {
      name: 'discussion title',
      markdown: escapePlainTitle(texts.discussion),
      mayMentionPair: false,
      isPlainText: true,
    },
    { name: 'issue title', markdown: desired!.title, mayMentionPair: true, isPlainText: true },
    {
      name: 'remind summary',
      markdown: formatRemindSummary([{ action: 'posted', issue: 7, session: nameSession(session, 'en') }]),
      mayMentionPair: false,
    },
    { name: 'validate summary', markdown: formatSummaryTable([diagnostic]), mayMentionPair: false },
  ];
}

/** What must not change when the texts turn hostile; hidden markers only by count (their hashes differ). */
const essentials = (findings: GfmFindings, output: Output) => ({
  mentions: [...findings.mentions].sort(),
  references: [...findings.references].sort(),
  ...(!output.isPlainText && {
    elements: findings.elements,
    comments: findings.comments.length,
    foreignComments: findings.comments.filter((comment) => !comment.startsWith('<!-- tandem:')),
  }),
});

const texts: fc.Arbitrary<Texts> = fc.record({
  title: hostileText,
  description: hostileText,
  topic: hostileText,
  item: hostileText,
  goal: hostileText,
  discussion: hostileText,
  pairItem: hostileText,
  message: hostileText,
});

const plainTexts: Texts = {
  title: 'Pilot',
  description: 'About',
  topic: 'Topic',
  item: 'Item',
  goal: 'Goal',
  discussion: 'Progress',
  pairItem: 'Ours',
  message: 'Problem',
};
const baseline = new Map(outputsOf(plainTexts).map((output) => [output.name, inspectGfm(output.markdown)]));

describe('text from programs, pools and sign-ups, however hostile', () => {
  it('the outputs without hostile text mention only the pair, and only where they should', () => {
    for (const output of outputsOf(plainTexts)) {
      for (const findings of baseline.get(output.name)!) {
        const allowed = output.mayMentionPair ? PAIR : [];
        expect({
          output: output.name,
          mentions: findings.mentions.filter((m) => !allowed.includes(m)),
        }).toEqual({
          output: output.name,
          mentions: [],
        });
      }
    }
  });

  it('adds no mention, reference, link, HTML element or comment to any output, in a real GFM renderer', () => {
    check(fc.sample(texts, { numRuns: 5, seed: 2027 }), {});
    fc.assert(
      fc.property(texts, (sample) => check([sample], { onlyMicromark: true })),
      { numRuns: 50 },
    );
  });
});

function check(samples: readonly Texts[], options: { onlyMicromark?: boolean }): void {
  for (const sample of samples) {
    for (const output of outputsOf(sample)) {
      const expected = baseline
        .get(output.name)!
        .slice(0, options.onlyMicromark ? 1 : undefined)
        .map((findings) => essentials(findings, output));
      const found = inspectGfm(output.markdown, options).map((findings) => essentials(findings, output));
      expect({ output: output.name, sample, found }).toEqual({
        output: output.name,
        sample,
        found: expected,
      });
    }
  }
}
