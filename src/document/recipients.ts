import { squeeze } from './text-shape.js';

const LABEL = /^Kính gửi\s?:?/iu;
const BULLET = /^[-–+•]\s?/u;
const TERMINATOR = /(?<![\s;,.])[\s;,.]+$/u;

/** One addressee as written, without its bullet and final `;`, `,` or `.`. */
export function addresseeName(text: string): string {
  return squeeze(text.replace(BULLET, '').replace(TERMINATOR, ''));
}

/**
 * Addressees written on the kính gửi line itself: `Kính gửi: Sở Tư pháp`,
 * `Kính gửi: - Báo Thái Nguyên,`; several without bullets are separated by `;`.
 */
export function addresseesOnLabel(text: string): string[] {
  const rest = text.replace(LABEL, '').trim();
  if (rest === '') return [];
  const parts = BULLET.test(rest) ? [rest] : rest.split(';');
  return parts.map(addresseeName).filter((name) => name !== '');
}
