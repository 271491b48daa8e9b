import { Document, isMap, isSeq } from 'yaml';
import type { MatchResult } from './pool.js';

/**
 * The proposal as a `tandems:` block to paste into a program: each pair with its shared topics and a
 * `# score N: shared …` comment; the people left over are listed in a closing comment.
 */
export function renderMatchYaml(result: MatchResult): string {
  const tandems = result.tandems.map(({ mentor, mentee, shared }) => ({
    mentor,
    mentee,
    topics: [...shared],
  }));
  const doc = new Document({ tandems });
  const total = result.tandems.reduce((sum, tandem) => sum + tandem.score, 0);
  doc.commentBefore = ` tandem match: ${count(result.tandems.length, 'tandem')}, total score ${total}, ${result.unmatched.length} unmatched`;
  const seq = doc.get('tandems', true);
  if (isSeq(seq)) {
    seq.items.forEach((item, index) => {
      const tandem = result.tandems[index];
      if (!isMap(item) || !tandem) return;
      item.commentBefore = ` score ${tandem.score}: shared ${tandem.shared.join(', ')}`;
      const topics = item.get('topics', true);
      if (isSeq(topics)) topics.flow = true;
    });
  }
  if (result.unmatched.length > 0) {
    const lines = result.unmatched.map(({ login, role, reason }) => `   ${role} ${login}: ${reason}`);
    doc.comment = [' Not matched:', ...lines].join('\n');
  }
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}

/** `{ "tandems": [{ mentor, mentee, score, shared }], "unmatched": [{ login, role, reason }] }`. */
export function renderMatchJson(result: MatchResult): string {
  const tandems = result.tandems.map(({ mentor, mentee, score, shared }) => ({
    mentor,
    mentee,
    score,
    shared,
  }));
  const unmatched = result.unmatched.map(({ login, role, reason }) => ({ login, role, reason }));
  return `${JSON.stringify({ tandems, unmatched }, null, 2)}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
