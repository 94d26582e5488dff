import { useEffect, useRef } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { fetchUiSettings, type UiSettings } from '../api/uiSettings';
import { BackgroundLayer } from './BackgroundLayer';
import './maps.css';

/** What a feature's popup says and where its link goes (an in-app path). */
export interface FeaturePopup {
  title: string;
  href?: string;
  lines?: string[];
}

export interface GeoJsonMapProps {
  /** The accessible name of the map, e.g. "Kaart van de agendapunten". */
  name: string;
  data: FeatureCollection;
  popup?: (feature: Feature) => FeaturePopup;
  /** The colour class of a feature (a CSS class name in maps.css); the popup says the same in words. */
  featureClass?: (feature: Feature) => string;
  /** In-app navigation for popup links, so that following one does not reload the app. */
  onNavigate?: (href: string) => void;
  /** A click on the map, in WGS84; for picking a location. */
  onPick?: (position: { lon: number; lat: number }) => void;
}

/** Assen, for a map without features to fit. */
const ASSEN: L.LatLngTuple = [52.9929, 6.5642];
const DEFAULT_ZOOM = 12;

/**
 * GeoJSON on a Leaflet map, over PDOK's background when the operator's settings name one. The map is
 * an enhancement: every screen that shows one lists the same features in a table too.
 */
export function GeoJsonMap({ name, data, popup, featureClass, onNavigate, onPick }: GeoJsonMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const features = useRef<L.GeoJSON | null>(null);
  // Callbacks change every render; the map reads the latest without being rebuilt.
  const callbacks = useRef({ popup, featureClass, onNavigate, onPick });
  callbacks.current = { popup, featureClass, onNavigate, onPick };

  useEffect(() => {
    if (!container.current) return undefined;
    const created = L.map(container.current, { keyboard: true, scrollWheelZoom: false }).setView(ASSEN, DEFAULT_ZOOM);
    created.attributionControl.setPrefix(false);
    map.current = created;
    created.on('click', (event: L.LeafletMouseEvent) => {
      callbacks.current.onPick?.({ lon: round(event.latlng.lng), lat: round(event.latlng.lat) });
    });
    const controller = new AbortController();
    fetchUiSettings(controller.signal).then(
      (settings) => addBackground(created, settings),
      // No settings (an older gateway, a failed call): the features still show on a blank canvas.
      () => undefined,
    );
    return () => {
      controller.abort();
      created.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    features.current?.remove();
    const layer = L.geoJSON(data, {
      pointToLayer: (_feature, position) => L.circleMarker(position, { radius: 8 }),
      style: (feature) => ({ className: feature ? callbacks.current.featureClass?.(feature) ?? 'groenagenda-map__feature' : 'groenagenda-map__feature' }),
      onEachFeature: (feature, featureLayer) => {
        const describe = callbacks.current.popup;
        if (describe) featureLayer.bindPopup(() => popupContent(describe(feature), callbacks.current.onNavigate));
      },
    }).addTo(current);
    features.current = layer;
    const bounds = layer.getBounds();
    if (bounds.isValid()) current.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
  }, [data]);

  return <div ref={container} className="groenagenda-map" role="region" aria-label={name} />;
}

function addBackground(map: L.Map, settings: UiSettings): void {
  if (!settings.mapTilesUrl) return;
  new BackgroundLayer(settings.mapTilesUrl, {
    attribution: settings.mapAttribution ?? undefined,
    maxZoom: 19,
  }).addTo(map);
}

/** Built as elements, not an HTML string: titles are user input. */
export function popupContent(popup: FeaturePopup, onNavigate?: (href: string) => void): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'groenagenda-map__popup-title';
  if (popup.href) {
    const link = document.createElement('a');
    link.href = popup.href;
    link.className = 'utrecht-link';
    link.textContent = popup.title;
    link.addEventListener('click', (event) => {
      if (!onNavigate || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      onNavigate(popup.href!);
    });
    title.append(link);
  } else {
    title.textContent = popup.title;
  }
  root.append(title);
  for (const line of popup.lines ?? []) {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    root.append(paragraph);
  }
  return root;
}

/** Six decimals: about ten centimetres, more than a plan needs. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
