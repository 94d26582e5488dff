import { lazy, Suspense } from 'react';
import { Loading } from '../common/Feedback';
import type { GeoJsonMapProps } from './GeoJsonMap';

const GeoJsonMap = lazy(async () => ({ default: (await import('./GeoJsonMap')).GeoJsonMap }));

/** The map in a chunk of its own: screens that may show one do not carry Leaflet until they do. */
export function LazyGeoJsonMap(props: GeoJsonMapProps) {
  return (
    <Suspense fallback={<Loading what="De kaart" />}>
      <GeoJsonMap {...props} />
    </Suspense>
  );
}
