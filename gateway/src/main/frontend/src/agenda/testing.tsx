import type { FeatureCollection } from 'geojson';
import type { GeoJsonMapProps } from '../maps/GeoJsonMap';

/**
 * Leaflet needs SVG geometry jsdom lacks; component tests replace the map by the list of what it
 * would draw, and a button that picks a point as a click on the map would.
 */
export function FakeMap({ name, data, popup, onPick }: GeoJsonMapProps) {
  return (
    <div role="region" aria-label={name}>
      <ul>
        {(data as FeatureCollection).features.map((feature, index) => (
          <li key={String(feature.id ?? index)}>{popup ? popup(feature).title : feature.geometry.type}</li>
        ))}
      </ul>
      {onPick && <button type="button" onClick={() => onPick({ lon: 6.5642, lat: 52.9929 })}>Punt kiezen</button>}
    </div>
  );
}

export const THEMES = [
  { code: 'GREEN_NETWORK', name: 'Een groen en verbonden netwerk', vision: 'GROENVISIE' },
  { code: 'FLOODING', name: 'Wateroverlast', vision: 'KLIMAATADAPTATIE' },
];

export const DISTRICTS = [{ name: 'Kloosterveen' }, { name: 'Peelo' }];

export const ITEM = {
  id: 'item-1',
  title: 'Wadi Kloosterveen',
  description: 'Wijkgazon wordt speelweide met wadi.',
  visions: ['KLIMAATADAPTATIE'],
  theme: 'FLOODING',
  measureType: 'LAWN_TO_PLAY_MEADOW_WITH_WADI',
  districts: ['Kloosterveen'],
  location: { type: 'Point', coordinates: [6.53, 52.98] },
  assetIds: [],
  department: 'openbare-ruimte',
  owner: 'Team Water',
  plannedStart: '2026-03-01',
  plannedEnd: '2026-10-31',
  budgetLineCode: 'GROEN-ONDERHOUD',
  costs: [{ year: 2026, amount: 17124, recurring: false, kind: 'INVESTMENT' }],
  workWithWork: [],
  partners: ['Waterschap Hunze en Aa’s'],
  status: 'DRAFT',
  progress: 0,
  trafficLight: 'GREEN',
  example: false,
  version: 3,
  updatedAt: '2026-03-01T08:00:00Z',
  history: [],
};
