const KEY = 'groenagenda:assets:saved-plans';
const KEEP = 20;

/**
 * The API lists no saved plans (only one by name), so the names saved in this browser are kept to offer
 * them for a comparison. localStorage: plan names are shared figures, nothing personal, and useful again
 * in the next session.
 */
export function rememberPlan(name: string): void {
  const names = [name, ...rememberedPlans().filter((known) => known !== name)].slice(0, KEEP);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(names));
  } catch {
    // Storage switched off: the names can still be typed.
  }
}

export function rememberedPlans(): string[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}
