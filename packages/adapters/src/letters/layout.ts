// Where things go on a letter (A4) and a card (A6), in millimetres from the page's top left corner.
// The address block sits in the window of a window envelope: no Dutch (PostNL or NEN) figure was
// found, so the common European layout of DIN 676 form B is used — window 20 mm from the left and
// 45 mm from the top, 85 × 45 mm, with a return-address line in its top 17.7 mm; it fits C5 and DL
// ("EA5/6") envelopes with a window on the left (project default; docs/letters.md#window).

/** Millimetres in PDF points (1/72 inch). */
export const MM = 72 / 25.4;

/** An A4 page (210 × 297 mm) and an A6 card landscape (148 × 105 mm), in mm. */
export const PAGE = { a4: { width: 210, height: 297 }, a6: { width: 148, height: 105 } } as const;

/**
 * The envelope window on an A4 letter (mm from the top left): the return-address zone is its top
 * 17.7 mm, the address zone the 27.3 mm below (project default after DIN 676 form B).
 *
 * @example
 * ```ts
 * import { LETTER_WINDOW } from '@signaalreis/adapters/letters';
 * LETTER_WINDOW; // { left: 20, top: 45, width: 85, height: 45, returnZone: 17.7 }
 * ```
 */
export const LETTER_WINDOW = { left: 20, top: 45, width: 85, height: 45, returnZone: 17.7 } as const;

/** The rest of a letter's layout (mm; project default): text from 25 mm, the sender's details on the right, the body below the fold mark. */
export const LETTER = {
  textLeft: 25,
  textRight: 190,
  senderLeft: 125,
  senderTop: 20,
  detailsTop: 50,
  metaTop: 98.5,
  bodyTop: 115,
  bodyBottom: 272,
  nextPageTop: 25,
  footer: 285,
  size: 10,
  leading: 14,
  addressSize: 10,
  returnSize: 7,
} as const;

/** A card (A6 landscape, mm; project default): text side first, then the address side with the address on the right half. */
export const CARD = {
  margin: 10,
  addressLeft: 78,
  addressTop: 50,
  size: 9,
  leading: 12.5,
} as const;
