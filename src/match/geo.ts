import type { Area, Service } from '../feed/schema.ts';
import { statedAreas } from '../feed/stated.ts';

export interface Point {
  lat: number;
  lon: number;
}

const EARTH_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of a service's places, or undefined when it lists none with coordinates. */
export function serviceDistanceKm(service: Service, from: Point): number | undefined {
  let best: number | undefined;
  for (const loc of service.locations) {
    if (loc.lat === undefined || loc.lon === undefined) continue;
    const d = distanceKm(from, { lat: loc.lat, lon: loc.lon });
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/**
 * The area a point is most likely in, judged by the nearest service place of a single area.
 * Feeds carry no boundaries, and asking a geocoder would send the location away, so this is an
 * estimate the person can correct in the area list.
 */
export function nearestArea(areas: readonly Area[], services: readonly Service[], from: Point): Area | undefined {
  let best: { area: string; km: number } | undefined;
  for (const service of services) {
    // An area only a mapping default gave says nothing about where the place is.
    const areas = statedAreas(service);
    if (areas === undefined || areas === 'all' || areas.length !== 1) continue;
    const km = serviceDistanceKm(service, from);
    const [area] = areas;
    if (km !== undefined && area && (!best || km < best.km)) best = { area, km };
  }
  return best ? areas.find((a) => a.id === best.area) : undefined;
}
