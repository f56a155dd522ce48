// A vega-lite specification drawn as SVG text in Node, without a browser or a canvas: vega-lite
// compiles it to vega, and a vega View with the `none` renderer writes the SVG. Numbers follow the
// reader's language (1.234 in Dutch; vega keeps one number locale per process, so reports in two
// languages are drawn one after the other, not at once). vega and vega-lite are loaded on first use.
import type { Lang } from '@signaalreis/core';
import type { ChartSpec } from './charts';

/** d3-format locales: Dutch groups thousands with a point and writes a decimal comma. */
const LOCALES = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
} as const;

/** What an SVG from vega may never hold: script, embedded HTML, event handlers, links out. */
const UNSAFE = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<iframe|xlink:href\s*=\s*["']?(?!#)/i;

/**
 * Draws a chart as SVG text. Throws when vega-lite or vega cannot compile the specification, or
 * when the SVG holds anything but drawing (script, embedded HTML, event handlers): programming
 * errors, as the report makes every specification itself.
 */
export async function chartSvg(spec: ChartSpec, lang: Lang): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  vega.formatLocale(LOCALES[lang] as unknown as Parameters<typeof vega.formatLocale>[0]);
  // vega-lite's notes (e.g. a step height needs no fit) are not the reader's concern: errors only
  const logger = vega.logger(vega.Error);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0], { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    if (UNSAFE.test(svg)) throw new Error('vega wrote an SVG with more than drawing in it');
    return svg;
  } finally {
    view.finalize();
  }
}
