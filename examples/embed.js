// The host page's own script: a planner mounted and destroyed by hand, with
// the one object the planner's loader puts on window.
const open = document.getElementById('open-planner');
const close = document.getElementById('close-planner');
const place = document.getElementById('by-hand');
let planner = null;

async function ready() {
  // planner.js may still be starting the planner: wait for its object.
  while (!window.SocialMediaPlanner) await new Promise((done) => setTimeout(done, 20));
  return window.SocialMediaPlanner;
}

open.addEventListener('click', async () => {
  const { mount } = await ready();
  planner = mount(place, { storageKey: 'new-client' });
  open.disabled = true;
  close.disabled = false;
});

close.addEventListener('click', () => {
  planner?.destroy();
  planner = null;
  open.disabled = false;
  close.disabled = true;
});
