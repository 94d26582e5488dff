import { getJson } from './http';

/**
 * `GET /ui-settings` of the gateway: what an operator tunes for the web UI. The map's background is
 * PDOK's BRT achtergrondkaart unless configured otherwise; null means no background at all (a network
 * that cannot reach PDOK), in which case maps show their GeoJSON on a blank canvas.
 */
export interface UiSettings {
  mapTilesUrl: string | null;
  mapAttribution: string | null;
}

export function fetchUiSettings(signal?: AbortSignal): Promise<UiSettings> {
  return getJson<UiSettings>('/ui-settings', signal);
}
