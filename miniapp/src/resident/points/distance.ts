// Great-circle distance between two coordinates, for sorting service points by nearness.
import type { ServicePoint } from '@app/shared';
import { t } from '../../lib/i18n';

type GeoPoint = ServicePoint['location'];

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Haversine distance in metres; a few metres off at city scale, which is plenty for "nearest first". */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 850 → "850 metres", 3210 → "3.2 kilometres", in the reader's language. */
export function describeDistance(metres: number): string {
  return metres < 1000 ? t('points.metres', { n: Math.round(metres / 10) * 10 || 10 }) : t('points.kilometres', { n: (metres / 1000).toFixed(1) });
}
