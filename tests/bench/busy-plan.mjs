// A busy plan for the calendar benchmark and screenshots: the example bakery
// with `count` posts and tasks spread over a year from `start`.
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/v3-plan.json', import.meta.url)));

const words = ['Fresh sourdough', 'Behind the counter', 'Class highlights', 'Wholesale tasting', 'Weekend special',
  'Meet the bakers', 'Croissant lamination', 'Rye and seeds', 'Café partners', 'Flour from the county'];

/** A seeded generator, so every run plans the same posts. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function busyPlan({ count = 5000, start = '2027-01-01', id = 'busy', name = 'Busy bakery' } = {}) {
  const plan = structuredClone(fixture.plan);
  plan.id = id;
  plan.name = name;
  const s = plan.strategy;
  const profiles = s.profiles.map((p) => p.id);
  const pillars = s.content.pillars.map((p) => p.id);
  const members = s.team.members.map((m) => m.id);
  const statuses = ['idea', 'draft', 'ready', 'scheduled', 'published'];
  const kinds = ['write', 'design', 'film', 'approve', 'report'];
  const rand = random(42);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const base = new Date(`${start}T00:00:00Z`);
  const posts = [];
  const tasks = [];
  for (let n = 0; n < count; n++) {
    const day = new Date(base.getTime() + Math.floor(rand() * 365) * 86400000);
    const date = day.toISOString().slice(0, 10);
    if (n % 10 === 9) {
      tasks.push({ id: `t${n}`, kind: pick(kinds), title: `${pick(words)} assets`, owner: pick(members), due: date, done: rand() < 0.3 });
      continue;
    }
    const hour = String(7 + Math.floor(rand() * 12)).padStart(2, '0');
    const minute = pick(['00', '15', '30', '45']);
    posts.push({
      id: `p${n}`,
      at: `${date}T${hour}:${minute}:00`,
      profile: pick(profiles),
      pillar: pick(pillars),
      copy: `${pick(words)}: ${pick(words).toLowerCase()} — post ${n}`,
      link: 'https://example.com/bakery',
      owner: pick(members),
      status: pick(statuses),
    });
  }
  delete plan.posts;
  plan.calendar = { posts, tasks, series: [] };
  return { format: 'social-media-planner/plan', version: 4, plan };
}
