/** A program and its pool for the matching tests (CLI and Action). */

/** A program as people write it: comments, a modeline, quoting and blank lines that must survive. */
export const PROGRAM = `# yaml-language-server: $schema=../schema/program.schema.json
version: 1
id: pilot   # the stable key
title: "Pilot: reverse mentoring"
start: 2027-01-11
duration: 8 weeks
cadence: every 2 weeks
session:
  length: 45 minutes
timezone: Europe/Berlin

topics:
  - id: social-media
    title: Social media
  - id: ai-tools
    title: AI tools   # the favourite
  - id: new-work
    title: New work

# The pairs. Keep the first one: it started in the pilot.
tandems:
  - mentor: lea-schmidt
    mentee: martin-weber
    topics: [social-media]   # Martin asked for this

signup:
  pool: pools/pilot.yml
report:
  visibility: aggregate
`;

export const POOL = `version: 1
mentors:
  - login: lea-schmidt
    team: marketing
    offers: [social-media, ai-tools]
  - login: jonas-krause
    team: engineering
    offers: [ai-tools, new-work]
    capacity: 2
mentees:
  - login: martin-weber
    team: finance
    wants: [social-media, ai-tools]
  - login: sabine-hoffmann
    team: hr
    wants: [ai-tools]
  - login: peter-neumann
    team: legal
    wants: [new-work]
  - login: ulrike-vogel
    team: procurement
    wants: [social-media]
`;
