// Shared by first-load.mjs and lighthouse.mjs: logging in through Keycloak's own form and knowing when
// the first screen is there.

export const isOverview = () => [...document.querySelectorAll('h1')].some((heading) => heading.textContent === 'Overzicht');

/**
 * Checked at every animation frame: a locator's waitFor retries at growing intervals (up to 500 ms),
 * which would add up to half a second to what is measured.
 */
export async function overviewShown(page) {
  await page.waitForFunction(isOverview, null, { polling: 'raf', timeout: 60_000 });
}

/**
 * Fills Keycloak's form on the page the gateway sent the browser to and sends it; gives the moment of
 * the click (performance.now() of this script), from which a login is timed.
 */
export async function submitLogin(page, user) {
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  const clickedAt = performance.now();
  await page.locator('#kc-login').click();
  return clickedAt;
}
