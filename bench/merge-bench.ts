import { scanIssueBody } from '../src/core/issue-body/checklist.js';
import { renderIssue } from '../src/core/render/render-issue.js';
import type { Session } from '../src/core/schedule/session.js';
import { mergeIssueBody } from '../src/core/sync/merge-issue-body.js';
import { exampleProgram, exampleTandem } from '../tests/core/render/example-program.js';
import { median, ms, printTable } from './measure.js';

const program = exampleProgram();

/** 125 weekly sessions of 4 items: 500 program items. */
function sessions(wording: string): Session[] {
  return Array.from({ length: 125 }, (_, index) => ({
    key: `topic-t-${index + 1}`,
    number: index + 1,
    kind: 'topic',
    date: new Date(Date.UTC(2027, 0, 4 + index * 7)).toISOString().slice(0, 10),
    minutes: 45,
    topic: { id: 't', title: `Topic ${index + 1}`, agenda: [] },
    agenda: [1, 2, 3, 4].map((item) => `${wording} ${item} of session ${index + 1}, with some more words`),
  }));
}

/** The pair's year: every third item ticked, a sub-item or a paragraph under every other one. */
function actAsPair(body: string): string {
  let count = 0;
  return body.replace(/^- \[ \] (.*)$/gm, (_line, text: string) => {
    count += 1;
    const box = count % 3 === 0 ? '- [x] ' : '- [ ] ';
    const extra = count % 2 === 0 ? `\n  - we noted something about item ${count}` : '';
    return `${box}${text}${extra}`;
  });
}

/** Merge time for a 60,000-character issue with 500 items: unchanged, and after a program change. */
export async function benchMerge(): Promise<void> {
  const desired = renderIssue({ program, tandem: exampleTandem, sessions: sessions('Discuss point') }).body;
  const actual = actAsPair(desired);
  const changed = renderIssue({
    program: exampleProgram({ title: 'Reverse Mentoring 2028' }),
    tandem: exampleTandem,
    sessions: sessions('Discuss the point'),
  }).body;
  const items = scanIssueBody(actual).items.length;
  const time = (wanted: string, today: string) => {
    const times: number[] = [];
    for (let run = 0; run < 21; run += 1) {
      // A new string each run: the scan's cache of recent bodies must not answer.
      const body = `${actual} `;
      const started = performance.now();
      mergeIssueBody(wanted, body, { today });
      times.push(performance.now() - started);
    }
    return median(times);
  };
  printTable(
    `Merge of a ${actual.length.toLocaleString('en')}-character issue with ${items} items (median of 21)`,
    [
      ['program unchanged', ms(time(desired, '2027-07-01')), '≤ 100 ms'],
      ['every item reworded, half the year past', ms(time(changed, '2027-07-01')), '≤ 100 ms'],
    ],
  );
}
