import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_PATH, loginTarget } from './http';

describe('the way back after a new login', () => {
  afterEach(() => window.sessionStorage.clear());

  it('reloads the page the user is on, with its query, so that the gateway returns there after the login', () => {
    window.history.replaceState(null, '', '/rapportages?status=DRAFT&fromYear=2026#downloaden');
    expect(loginTarget(1_000_000)).toBe('/rapportages?status=DRAFT&fromYear=2026');
  });

  it('starts the plain login when the API still refuses right after such a return, instead of reloading forever', () => {
    window.history.replaceState(null, '', '/taken');
    expect(loginTarget(1_000_000)).toBe('/taken');
    expect(loginTarget(1_010_000)).toBe(LOGIN_PATH);
    expect(loginTarget(1_100_000)).toBe('/taken');
  });
});
