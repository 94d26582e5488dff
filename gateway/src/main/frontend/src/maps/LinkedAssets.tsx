import { useMemo } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { fetchLinkedAsset, type LinkedAsset } from '../api/agenda';
import { ApiError } from '../api/http';
import { ErrorAlert, Loading } from '../common/Feedback';
import { useApi } from '../common/useApi';
import { LazyGeoJsonMap } from './LazyGeoJsonMap';

/** More than this is read as a list of ids only: a map of a thousand single reads would be slow. */
const MAX_ASSETS_ON_MAP = 50;

/** The green-register objects an agenda item is about, in a table and on a map. */
export function LinkedAssets({ ids }: { ids: string[] }) {
  const shown = ids.slice(0, MAX_ASSETS_ON_MAP);
  const assets = useApi((signal) => fetchAll(shown, signal), [shown.join(',')]);
  const features = useMemo(() => asFeatures(assets.state === 'loaded' ? assets.data : []), [assets]);
  return (
    <section aria-labelledby="gekoppelde-objecten">
      <Heading3 id="gekoppelde-objecten">Gekoppelde objecten uit het groenareaal</Heading3>
      {ids.length === 0 && <Paragraph>Er zijn geen objecten gekoppeld.</Paragraph>}
      {ids.length > 0 && assets.state === 'loading' && <Loading what="De gekoppelde objecten" plural />}
      {ids.length > 0 && assets.state === 'failed' && <ErrorAlert error={assets.error} what="De gekoppelde objecten" />}
      {ids.length > 0 && assets.state === 'loaded' && (
        <>
          {ids.length > shown.length && (
            <Paragraph>
              De eerste {shown.length} van {ids.length} gekoppelde objecten worden getoond.
            </Paragraph>
          )}
          <AssetTable assets={assets.data} />
          <LazyGeoJsonMap
            name="Kaart van de gekoppelde objecten"
            data={features}
            featureClass={() => 'groenagenda-map__feature groenagenda-map__feature--asset'}
            popup={(feature) => ({ title: assetName(feature.properties as LinkedAsset), lines: [assetPlace(feature.properties as LinkedAsset)] })}
          />
        </>
      )}
    </section>
  );
}

/** One missing asset (removed from the register) should not hide the others. */
async function fetchAll(ids: string[], signal: AbortSignal): Promise<LinkedAsset[]> {
  const results = await Promise.all(ids.map((id) => fetchLinkedAsset(id, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  })));
  return results.filter((asset): asset is LinkedAsset => asset !== undefined);
}

function asFeatures(assets: LinkedAsset[]): FeatureCollection {
  const features: Feature[] = assets
    .filter((asset) => asset.geometry)
    .map((asset) => ({ type: 'Feature', id: asset.id, geometry: asset.geometry!, properties: { ...asset, geometry: undefined } }));
  return { type: 'FeatureCollection', features };
}

function assetName(asset: Pick<LinkedAsset, 'externalId' | 'type' | 'subtype' | 'species'>): string {
  const what = asset.species?.dutchName ?? asset.subtype ?? asset.type;
  return asset.externalId ? `${what} (${asset.externalId})` : what;
}

function assetPlace(asset: LinkedAsset): string {
  return asset.district ? `Wijk ${asset.district}` : 'Wijk onbekend';
}

function AssetTable({ assets }: { assets: LinkedAsset[] }) {
  if (assets.length === 0) {
    return <Paragraph>De gekoppelde objecten staan niet (meer) in het groenareaal.</Paragraph>;
  }
  return (
    <div className="groenagenda-table-scroll">
      <Table>
        <caption className="utrecht-table__caption">Gekoppelde objecten</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Object</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Wijk</TableHeaderCell>
            <TableHeaderCell scope="col">Op de kaart</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {assets.map((asset) => (
            <TableRow key={asset.id}>
              <TableHeaderCell scope="row">{assetName(asset)}</TableHeaderCell>
              <TableCell>{asset.subtype ? `${asset.type}, ${asset.subtype}` : asset.type}</TableCell>
              <TableCell>{asset.district ?? '-'}</TableCell>
              <TableCell>{asset.geometry ? 'Ja' : 'Nee, geen geometrie'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
