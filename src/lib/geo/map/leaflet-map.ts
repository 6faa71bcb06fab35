/**
 * The map itself: Leaflet, its CSS, the clusters and the tile settings. Only ServiceMap imports
 * this, dynamically, the first time a person opens the map, so no page's first load carries it.
 * Markers are divIcons built from DOM nodes (no image files, which 404 with bundlers, and no
 * HTML strings made from directory data).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js'; // see leaflet-esm.d.ts
import 'leaflet/dist/leaflet.css';
import './map.css';
import { groupOnGrid, type Group } from './clusters';
import { boundsAround, isOnEarth, type LatLon, type MapPoint } from './map-points';
import type { TileConfig } from './tile-config';
import { mapTiles } from './tile-source';

export interface MapLabels {
  /** The map's accessible name, with how to move it by keyboard. */
  map: string;
  /** The searched place's marker. */
  centre: string;
  /** A cluster's accessible name. */
  cluster: (count: number) => string;
}

export interface MapOptions {
  container: HTMLElement;
  /** False with "save data" on: no tile layer at all, the markers on a plain background. */
  pictures: boolean;
  labels: MapLabels;
  /** A place, or places too close to split, was tapped. */
  onChoose: (points: MapPoint[]) => void;
  /** A picture failed (offline, or the provider is down): the markers still show. */
  onPicturesFailed: () => void;
}

export interface ServiceMapView {
  /** The tile provider to credit under the map; null when no pictures are shown. */
  readonly credit: TileConfig | null;
  /** Draws these places (and the searched place) and fits the map around them. */
  show(points: readonly MapPoint[], centre: LatLon | null): void;
  zoomIn(): void;
  zoomOut(): void;
  destroy(): void;
}

/** OpenStreetMap's standard tiles go to 19; 18 is street level, enough to find a door. */
const maxZoom = 18;
/** With nothing to show, the map shows England. */
const england: L.LatLngTuple = [52.8, -1.6];
/**
 * Markers are sized in map.css (rem, so they grow with the text size). An explicit undefined
 * overrides DivIcon's 12 px default, and Leaflet then sets no size or offset of its own.
 */
const sizedByCss = { iconSize: undefined };
/** map.css draws markers 2.75rem square; the grid leaves a little room between them. */
const markerRem = 2.75;
const cellRem = 3.75;

/** The phone's text size: markers grow with it. */
function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

export function createMap({ container, pictures, labels, onChoose, onPicturesFailed }: MapOptions): ServiceMapView {
  // No controls drawn over the map: a marker under a corner control would lose part of its
  // tap target (WCAG 2.5.8). The zoom buttons and the credit sit under the map (ServiceMap).
  const map = L.map(container, { zoomControl: false, attributionControl: false, maxZoom, minZoom: 4, zoomSnap: 1 });
  // Leaflet makes the container focusable (arrow keys pan, + and − zoom): name it for screen readers.
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', labels.map);

  const credit = pictures ? mapTiles : null;
  if (credit) {
    L.tileLayer(credit.url, {
      maxZoom,
      // CORS responses can be cached by the service worker at their real size; opaque ones
      // count as megabytes each against the storage quota the person's plan also needs.
      crossOrigin: 'anonymous'
    })
      .once('tileerror', onPicturesFailed)
      .addTo(map);
  }

  const layer = L.layerGroup().addTo(map);
  const shown = new Map<string, L.Marker>();
  let points: readonly MapPoint[] = [];
  let centreMarker: L.Marker | null = null;
  let hasView = false;

  /** A single place shows its card. A cluster zooms in to its places, or shows them all when they cannot be split. */
  function activate(group: Group<MapPoint>): void {
    const { members } = group;
    const zoom = map.getZoom();
    const oneSpot = members.every((p) => p.latitude === members[0]?.latitude && p.longitude === members[0]?.longitude);
    if (members.length === 1 || oneSpot || zoom >= maxZoom) return onChoose(members);
    const bounds = L.latLngBounds(members.map((p) => [p.latitude, p.longitude]));
    map.setView(bounds.getCenter(), Math.min(maxZoom, Math.max(zoom + 1, map.getBoundsZoom(bounds, false, L.point(2, 2).multiplyBy(markerRem * remPx())))));
  }

  function markerFor(group: Group<MapPoint>, zoom: number): L.Marker {
    const single = group.members.length === 1 ? group.members[0] : undefined;
    const face = document.createElement('span');
    face.className = 'onward-map-face';
    if (!single) face.textContent = String(group.members.length);
    const icon = L.divIcon({ html: face, className: single ? 'onward-map-place' : 'onward-map-cluster', ...sizedByCss });
    const marker = L.marker(map.unproject(L.point(group.at.x, group.at.y), zoom), { icon, keyboard: true });
    marker.on('click', () => activate(group));
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('aria-label', single ? single.hit.service.name : labels.cluster(group.members.length));
      // Leaflet gives keyboard markers role="button" and a tab stop; a button also answers Enter and Space.
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate(group);
      });
    });
    return marker;
  }

  /** Adds and removes markers for the current view; markers that stay keep their element (and focus). */
  function render(): void {
    if (!hasView) return;
    const zoom = map.getZoom();
    const rem = remPx();
    const cell = cellRem * rem;
    const size = markerRem * rem;
    const groups = groupOnGrid(points, (p) => map.project([p.latitude, p.longitude], zoom), cell, size);
    // Only markers wholly inside the map: one cut by its edge would still be a tab stop, and the
    // hidden part would sit over the controls next to the map. fitBounds' padding keeps every
    // place inside when the map opens; panning brings the rest in.
    const { min, max } = map.getPixelBounds();
    const inside = ({ x, y }: { x: number; y: number }) =>
      !!min && !!max && x - size / 2 >= min.x && x + size / 2 <= max.x && y - size / 2 >= min.y && y + size / 2 <= max.y;
    const wanted = new Map(groups.filter((g) => inside(g.at)).map((g) => [`${zoom}/${cell}/${g.key}`, g]));
    let lostFocus = false;
    for (const [key, marker] of shown) {
      if (wanted.has(key)) continue;
      lostFocus ||= marker.getElement() === document.activeElement;
      layer.removeLayer(marker);
      shown.delete(key);
    }
    for (const [key, group] of wanted) {
      if (shown.has(key)) continue;
      const marker = markerFor(group, zoom);
      shown.set(key, marker);
      layer.addLayer(marker);
    }
    // A keyboard user who opened a cluster stays on the map rather than being thrown to the page top.
    if (lostFocus) container.focus({ preventScroll: true });
  }

  map.on('moveend', render);

  return {
    credit,
    show(next, centre) {
      points = next;
      layer.clearLayers();
      shown.clear();
      centreMarker?.remove();
      centreMarker = null;
      if (isOnEarth(centre)) {
        const icon = L.divIcon({ html: document.createElement('span'), className: 'onward-map-centre', ...sizedByCss });
        centreMarker = L.marker([centre.latitude, centre.longitude], { icon, interactive: false, keyboard: false, zIndexOffset: -1000 }).addTo(map);
        const element = centreMarker.getElement();
        element?.setAttribute('role', 'img');
        element?.setAttribute('aria-label', labels.centre);
      }
      const bounds = boundsAround(next, centre);
      if (!bounds) map.setView(england, 6);
      else if (bounds[0][0] === bounds[1][0] && bounds[0][1] === bounds[1][1]) map.setView(bounds[0], 15);
      else map.fitBounds(bounds, { padding: L.point(1, 1).multiplyBy(markerRem * remPx()), maxZoom: 16 });
      hasView = true;
      render();
    },
    zoomIn: () => map.zoomIn(),
    zoomOut: () => map.zoomOut(),
    destroy() {
      map.remove();
    }
  };
}
