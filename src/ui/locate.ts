import type { PreparedFeed } from '../feed/prepared.ts';
import { nearestArea } from '../match/geo.ts';

/**
 * "Use my location": asked for only when the person presses the button. The position stays in
 * memory, is used on the device to find the nearest area and sort by distance, and is never sent.
 * Resolves to the answers to set, or undefined when the device could not or would not say.
 */
export function locate(
  prepared: PreparedFeed,
): Promise<{ near: { lat: number; lon: number }; area?: string } | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const near = { lat: position.coords.latitude, lon: position.coords.longitude };
        const area = nearestArea(prepared.feed.areas, prepared.feed.services, near);
        resolve(area ? { near, area: area.id } : { near });
      },
      () => resolve(undefined),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  });
}
