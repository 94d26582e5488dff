import L from 'leaflet';

/**
 * Leaflet cancels a tile it no longer needs by pointing it at a data: image, which the gateway's
 * CSP (img-src 'self' and the tile server) refuses, with a console error per tile. The same blank
 * pixel as a file of our own is allowed.
 */
const BLANK_TILE = new URL('./blank-tile.gif', import.meta.url).href;

interface TileRecord {
  el: HTMLImageElement;
  coords: L.Coords & { z: number };
}

/** The members of L.TileLayer this subclass replaces; Leaflet's typings leave them out. */
interface TileLayerInternals {
  _tiles: Record<string, TileRecord>;
  _tileZoom: number;
  fire(type: string, data?: object): unknown;
}

type GridLayerInternals = {
  _removeTile(this: unknown, key: string): unknown;
  _tileReady(this: unknown, coords: L.Coords, error: Error | undefined, tile: HTMLElement | undefined): unknown;
};

const gridLayer = L.GridLayer.prototype as unknown as GridLayerInternals;

export const BackgroundLayer = L.TileLayer.extend({
  // As TileLayer._abortLoading, with our blank tile.
  _abortLoading(this: TileLayerInternals) {
    for (const key of Object.keys(this._tiles)) {
      const record = this._tiles[key];
      if (record.coords.z === this._tileZoom) continue;
      const tile = record.el;
      tile.onload = null;
      tile.onerror = null;
      if (!tile.complete) {
        tile.src = BLANK_TILE;
        tile.remove();
        delete this._tiles[key];
        this.fire('tileabort', { tile, coords: record.coords });
      }
    }
  },

  _removeTile(this: TileLayerInternals, key: string) {
    const record = this._tiles[key];
    if (!record) return undefined;
    record.el.setAttribute('src', BLANK_TILE);
    return gridLayer._removeTile.call(this, key);
  },

  _tileReady(this: TileLayerInternals & { _map?: L.Map }, coords: L.Coords, error: Error | undefined, tile: HTMLElement | undefined) {
    if (!this._map || tile?.getAttribute('src') === BLANK_TILE) return undefined;
    return gridLayer._tileReady.call(this, coords, error, tile);
  },
}) as unknown as new (urlTemplate: string, options?: L.TileLayerOptions) => L.TileLayer;
