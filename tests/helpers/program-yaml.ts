import { stringify } from 'yaml';

export interface ProgramSpec {
  readonly id?: string;
  readonly title?: string;
  readonly start?: string;
  readonly duration?: string;
  readonly cadence?: string;
  readonly language?: 'en' | 'de';
  readonly topics?: readonly { id: string; title: string; agenda: readonly string[] }[];
  readonly tandems: readonly { mentor: string; mentee: string; topics: readonly string[]; id?: string }[];
  readonly extra?: Record<string, unknown>;
}

export const DEFAULT_TOPICS = [
  {
    id: 'social-media',
    title: 'Social media',
    agenda: ['Walk through three accounts', 'Draft a first post'],
  },
  {
    id: 'ai-tools',
    title: 'AI tools at work',
    agenda: ['Try an assistant on a real task', 'Talk about limits'],
  },
  { id: 'new-work', title: 'New work', agenda: ['What flexibility means', 'Agree on one experiment'] },
] as const;

/** A valid program file for tests, small by default. */
export function programYaml(spec: ProgramSpec): string {
  return stringify({
    version: 1,
    id: spec.id ?? 'pilot',
    title: spec.title ?? 'Pilot program',
    start: spec.start ?? '2027-01-11',
    duration: spec.duration ?? '8 weeks',
    cadence: spec.cadence ?? 'every 2 weeks',
    session: { length: '45 minutes' },
    timezone: 'Europe/Berlin',
    language: spec.language ?? 'en',
    labels: ['reverse-mentoring'],
    topics: spec.topics ?? DEFAULT_TOPICS,
    tandems: spec.tandems.map((tandem) => ({
      ...tandem,
      topics: [...tandem.topics],
      goals: ['Learn together'],
    })),
    ...spec.extra,
  });
}

/** `n` tandems with distinct people, `mentor-i` and `mentee-i`. */
export function numberedTandems(n: number, topics: readonly string[] = ['social-media', 'ai-tools']) {
  return Array.from({ length: n }, (_, index) => ({
    mentor: `mentor-${index + 1}`,
    mentee: `mentee-${index + 1}`,
    topics,
  }));
}
