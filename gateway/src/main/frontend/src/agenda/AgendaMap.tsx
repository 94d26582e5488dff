import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Feature } from 'geojson';
import { Paragraph } from '@utrecht/component-library-react';
import { fetchAgendaGeoJson, type AgendaFeatureProperties } from '../api/agenda';
import { ErrorAlert, Loading } from '../common/Feedback';
import { statusLabel } from '../common/labels';
import { useApi } from '../common/useApi';
import { GeoJsonMap } from '../maps/GeoJsonMap';
import { TRAFFIC_LIGHT_LABELS, labelOf } from './agendaLabels';

/** The items that match the list's filters, all of them (not one page), where they have a location. */
export function AgendaMap({ query, totalItems }: { query: URLSearchParams; totalItems: number }) {
  const navigate = useNavigate();
  const key = query.toString();
  const geo = useApi((signal) => fetchAgendaGeoJson(query, signal), [key]);
  const data = useMemo(() => (geo.state === 'loaded' ? geo.data : undefined), [geo]);

  if (geo.state === 'loading') return <Loading what="De kaart" />;
  if (geo.state === 'failed') return <ErrorAlert error={geo.error} what="De kaart" />;
  const located = data!.features.length;
  return (
    <>
      <Paragraph>
        {located === 1 ? '1 agendapunt heeft' : `${located} agendapunten hebben`} een locatie
        {located < totalItems ? ` (van de ${totalItems} gevonden)` : ''}. Kleur en tekst in de kaart geven het stoplicht;
        de tabel hierboven toont dezelfde agendapunten.
        {data!.truncated && ' De kaart toont niet alle agendapunten: verfijn de filters.'}
      </Paragraph>
      <GeoJsonMap
        name="Kaart van de gevonden agendapunten"
        data={data!}
        featureClass={featureClass}
        onNavigate={navigate}
        popup={(feature) => {
          const properties = feature.properties as AgendaFeatureProperties;
          return {
            title: properties.title,
            href: `/uitvoeringsagenda/${String(feature.id)}`,
            lines: [`Status: ${statusLabel(properties.status)}`, `Stoplicht: ${labelOf(TRAFFIC_LIGHT_LABELS, properties.trafficLight)}`],
          };
        }}
      />
    </>
  );
}

function featureClass(feature: Feature): string {
  const light = (feature.properties as AgendaFeatureProperties | null)?.trafficLight;
  const base = 'groenagenda-map__feature';
  return light === 'ORANGE' || light === 'RED' ? `${base} ${base}--${light.toLowerCase()}` : base;
}
