import { describe, expect, it } from 'vitest';
import { checkSignup, type SignupProgram } from '../../src/core/signup/check-signup.js';
import { describeSignupProblem } from '../../src/core/signup/describe-signup-problem.js';
import { readSignupForm, type SignupForm } from '../../src/core/signup/read-signup-form.js';
import { renderSignupComment, SIGNUP_COMMENT_MARKER } from '../../src/core/signup/render-signup-comment.js';
import { DEFAULT_TOPICS } from '../helpers/program-yaml.js';
import { MENTEE_DE, MENTOR_EN, type SignupAnswers, signupBody } from './signup-bodies.js';

const PILOT: SignupProgram = {
  id: 'pilot',
  title: 'Pilot program',
  topics: DEFAULT_TOPICS.map((topic) => ({ ...topic, agenda: [...topic.agenda] })),
  signup: { pool: 'pools/pilot.yml' },
};

function formOf(body: string, author = 'lea-schmidt'): SignupForm {
  const reading = readSignupForm({ number: 12, author, body });
  if (reading?.kind !== 'form') throw new Error('not a sign-up form');
  return reading.form;
}

/** The problems of a body, as the author reads them in the comment (English). */
function problemsOf(answers: SignupAnswers, author = 'lea-schmidt'): string[] {
  const form = formOf(signupBody(answers), author);
  return checkSignup(form, [PILOT]).problems.map((problem) =>
    describeSignupProblem(problem, form.language, form.labels, author),
  );
}

describe('reading a sign-up issue', () => {
  it('reads an English mentor form as GitHub renders it: ticked boxes, team, manager, capacity', () => {
    const form = formOf(MENTOR_EN);
    expect(form).toMatchObject({ language: 'en', role: 'mentor', program: 'pilot', team: 'marketing' });
    expect(form.manager).toBe('nina-berg');
    expect(form.capacity).toBe('2');
    const check = checkSignup(form, [PILOT]);
    expect(check.problems).toEqual([]);
    expect(check.signup).toEqual({
      issueNumber: 12,
      login: 'lea-schmidt',
      role: 'mentor',
      programId: 'pilot',
      team: 'marketing',
      manager: 'nina-berg',
      topics: ['social-media', 'new-work'],
      capacity: 2,
    });
  });

  it('reads a German mentee form, where _No response_ means an empty optional field', () => {
    const form = formOf(MENTEE_DE, 'martin-weber');
    expect(form).toMatchObject({ language: 'de', role: 'mentee', team: 'Finanzen' });
    expect(form.manager).toBeUndefined();
    expect(form.capacity).toBeUndefined();
    expect(checkSignup(form, [PILOT]).signup).toEqual({
      issueNumber: 12,
      login: 'martin-weber',
      role: 'mentee',
      programId: 'pilot',
      team: 'Finanzen',
      topics: ['ai-tools'],
    });
  });

  it('builds test bodies in the same shape as the hand-written fixtures', () => {
    expect(
      signupBody({
        team: 'marketing',
        manager: 'nina-berg',
        ticked: ['social-media', 'new-work'],
        capacity: '2',
      }),
    ).toBe(MENTOR_EN);
  });

  it('reads a body the web editor saved with CRLF line ends and lower-case [x]', () => {
    const body = MENTOR_EN.replace(/\n/g, '\r\n').replace('- [X] `new-work`', '- [x] `new-work`');
    expect(checkSignup(formOf(body), [PILOT]).signup?.topics).toEqual(['social-media', 'new-work']);
  });

  it('takes the login from the issue author, never from the body', () => {
    const body = `${MENTOR_EN}\n\n### GitHub login\n\nsomeone-else`;
    const form = formOf(body, 'lea-schmidt');
    const check = checkSignup(form, [PILOT]);
    expect(check.signup).toBeUndefined();
    expect(describeSignupProblem(check.problems[0]!, 'en', form.labels, 'lea-schmidt')).toMatch(
      /names `someone-else`, but a sign-up is always for the person who opens it \(@&#8203;lea-schmidt\): edit the issue/,
    );
  });

  it('recognises a sign-up by its headings without the label, and ignores any other issue', () => {
    expect(readSignupForm({ number: 1, author: 'a', body: MENTOR_EN, labels: [] })?.kind).toBe('form');
    expect(
      readSignupForm({ number: 1, author: 'a', body: '### Bug\n\nIt breaks.', labels: ['bug'] }),
    ).toBeUndefined();
    expect(
      readSignupForm({ number: 1, author: 'a', body: 'I want to join!', labels: ['tandem-signup'] }),
    ).toEqual({
      kind: 'label-only',
      issueNumber: 1,
      author: 'a',
    });
  });
});

describe('checking a sign-up against its program', () => {
  it('names an unknown topic and lists the valid ids', () => {
    expect(problemsOf({ ticked: ['social-media', 'ai-tool'] })).toEqual([
      '`ai-tool` is not a topic of this program (did you mean `ai-tools`?): edit the issue and untick it; the topics are `social-media`, `ai-tools`, `new-work`.',
    ]);
  });

  it('refuses no ticked topic, a capacity of 0 or not a number', () => {
    expect(problemsOf({ ticked: [] })).toEqual([
      'No topic is ticked: edit the issue and tick at least one under “Topics I can teach”.',
    ]);
    expect(problemsOf({ capacity: '0' })).toEqual([
      '“How many mentees can you take?” says `0`: edit the issue and choose a whole number from 1 to 20.',
    ]);
    expect(problemsOf({ capacity: 'two' })[0]).toMatch(
      /says `two`: edit the issue and choose a whole number/,
    );
  });

  it('refuses a manager that is not a login or is the author, and accepts one written with @', () => {
    expect(problemsOf({ manager: 'Nina Berg' })[0]).toMatch(
      /^`Nina Berg` under “Manager \(GitHub login\)” is not a GitHub login: edit the issue and write your manager's login/,
    );
    expect(problemsOf({ manager: 'Lea-Schmidt' })[0]).toMatch(
      /^You named yourself under “Manager \(GitHub login\)”: edit the issue/,
    );
    expect(problemsOf({ manager: '@nina-berg' })).toEqual([]);
  });

  it('names an unknown program and lists the valid ids', () => {
    expect(problemsOf({ program: 'pliot' })).toEqual([
      'There is no program `pliot` in this repository (did you mean `pilot`?): edit the issue and write one of `pilot` under “Program”.',
    ]);
  });

  it('tells the author of a program without signup.pool that it takes no sign-ups yet', () => {
    const form = formOf(signupBody());
    const { signup: _, ...closed } = PILOT;
    expect(checkSignup(form, [closed]).problems).toEqual([{ kind: 'no-pool', programId: 'pilot' }]);
  });

  it('reports every problem at once, in the form language', () => {
    const form = formOf(signupBody({ language: 'de', role: 'mentee', ticked: [], capacity: '0' }));
    const check = checkSignup(form, [PILOT]);
    const comment = renderSignupComment({ reading: { kind: 'form', form }, check, isClosed: false });
    expect(comment).toBe(
      `${SIGNUP_COMMENT_MARKER}\n**Diese Anmeldung kann noch nicht in den Pool.** Bitte korrigiere:\n\n` +
        '- Kein Thema ist angekreuzt: Bearbeite das Issue und kreuze unter “Themen, die ich lernen möchte” mindestens eines an.\n' +
        '- “Wie viele Mentor:innen wünschst du dir?” sagt `0`: Bearbeite das Issue und wähle eine ganze Zahl von 1 bis 20.\n\n' +
        'Dieser Kommentar aktualisiert sich, sobald du das Issue bearbeitest.\n',
    );
  });
});

describe('the comment on a sign-up', () => {
  it('says the author is in, and in which program, without mentioning the manager', () => {
    const form = formOf(MENTOR_EN);
    const comment = renderSignupComment({
      reading: { kind: 'form', form },
      check: checkSignup(form, [PILOT]),
      isClosed: false,
    });
    expect(comment).toContain(
      '**You are in:** as a mentor in Pilot program (`pilot`), topics `social-media`, `new-work`; team marketing, manager @&#8203;nina-berg, up to 2 tandem(s).',
    );
    expect(comment).not.toMatch(/@nina/);
  });

  it('says a closed sign-up leaves the pool', () => {
    const form = formOf(MENTOR_EN);
    const comment = renderSignupComment({
      reading: { kind: 'form', form },
      check: checkSignup(form, [PILOT]),
      isClosed: true,
    });
    expect(comment).toContain('**This sign-up is closed:** it leaves the pool of Pilot program (`pilot`)');
  });

  it('keeps hostile answers inert: no mention, no HTML, no forged marker', () => {
    const form = formOf(signupBody({ team: '@org/everyone <!-- tandem:signup-comment --> <img src=x>' }));
    const comment = renderSignupComment({
      reading: { kind: 'form', form },
      check: checkSignup(form, [PILOT]),
      isClosed: false,
    });
    expect(comment.split(SIGNUP_COMMENT_MARKER)).toHaveLength(2);
    expect(comment).not.toMatch(/@org|<img|<!-- tandem:signup-comment -->.*<!--/s);
  });
});
