// The preset playground: pick a bundled municipality preset (or a copy that extends it), edit its
// JSON, and see at once the problems, the differences with the original and the embedded tests;
// run the sample month and download the preset. Everything runs in the browser.
import './style.css';
import sample from 'virtual:sample-month';
import { asIsoMonth, type Lang, type Result } from '@signaalreis/core';
import {
  diffPresets,
  type LoadedMunicipalityPreset,
  listMunicipalityPresets,
  MUNICIPALITY_PRESETS,
  municipalityPreset,
  runPresetMonth,
  runPresetTests,
} from '@signaalreis/rules-presets';
import { type Analysis, analyse } from './analysis';
import { createEditor } from './editor';
import { el, renderDiff, renderMonth, renderNote, renderProblems, renderTests } from './render';
import { presetSchemaCheck } from './schema-check';
import { type MonthSummary, monthSummary } from './summary';
import { STATIC, type StaticKey, T } from './texts';

const $ = <E extends HTMLElement>(id: string): E => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`index.html has no #${id}`); // a programming error: the page and script disagree
  return e as E;
};

// Built by playground/build.mjs from examples/data with the adapters' CSV reader.
const SAMPLE = sample;

const ui = {
  lang: $<HTMLSelectElement>('lang'),
  preset: $<HTMLSelectElement>('preset'),
  open: $<HTMLButtonElement>('open'),
  status: $('status'),
  problems: $('problems'),
  download: $<HTMLButtonElement>('download'),
  downloaded: $('downloaded'),
  diff: $('diff'),
  tests: $('tests'),
  runMonth: $<HTMLButtonElement>('run-month'),
  month: $('month'),
};

const state: {
  lang: Lang;
  baseId: string;
  base: Result<LoadedMunicipalityPreset> | undefined;
  analysis: Analysis | undefined;
  text: string;
  tests: Awaited<ReturnType<typeof runPresetTests>> | undefined;
  month: MonthSummary | undefined;
  generation: number;
} = {
  lang: 'nl',
  baseId: '',
  base: undefined,
  analysis: undefined,
  text: '',
  tests: undefined,
  month: undefined,
  generation: 0,
};

const check = presetSchemaCheck();

function setStaticTexts(): void {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = e.dataset.t as StaticKey;
    if (STATIC[key]) e.textContent = STATIC[key][state.lang];
  }
  document.title = STATIC.title[state.lang];
  const selected = ui.preset.value;
  ui.preset.replaceChildren(
    ...listMunicipalityPresets().map((p) =>
      el('option', { value: p.id }, `${p.label[state.lang]} (${p.id})`),
    ),
  );
  ui.preset.value = selected || 'type-small';
}

/** The text a copy starts with: only what a copy must say; everything else comes from the parent. */
function copyText(parentId: string): string {
  const parent = municipalityPreset(parentId);
  const label = parent.ok ? parent.value.preset.label : { nl: parentId, en: parentId };
  const copy = { formatVersion: '2.0', id: 'mijn-gemeente', extends: parentId, label: T.copyLabel(label) };
  return `${JSON.stringify(copy, null, 2)}\n`;
}

function open(): void {
  const id = ui.preset.value;
  const mode = document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
  state.baseId = id;
  state.base = municipalityPreset(id);
  state.month = undefined;
  ui.month.replaceChildren();
  ui.downloaded.textContent = '';
  editor.setText(mode === 'copy' ? copyText(id) : `${JSON.stringify(MUNICIPALITY_PRESETS[id], null, 2)}\n`);
}

function showStatus(): void {
  const a = state.analysis;
  if (!a) return;
  const lang = state.lang;
  ui.status.className = a.problems.length ? 'bad' : 'good';
  ui.status.textContent = a.loaded.ok
    ? `${T.ok(a.loaded.value.lineage)[lang]}${a.problems.length ? ` — ${T.problems(a.problems.length)[lang]}` : ''}`
    : T.problems(a.problems.length)[lang];
  renderProblems(ui.problems, a.problems, lang, (pos) => editor.focusAt(pos));
}

function showDiff(): void {
  const a = state.analysis;
  if (!a?.loaded.ok || !state.base?.ok) {
    renderNote(ui.diff, T.notLoaded, state.lang);
    return;
  }
  renderDiff(ui.diff, state.baseId, diffPresets(state.base.value.preset, a.loaded.value.preset), state.lang);
}

function showTests(): void {
  if (!state.analysis?.loaded.ok) {
    renderNote(ui.tests, T.notLoaded, state.lang);
    return;
  }
  if (!state.tests) {
    renderNote(ui.tests, T.testsRunning, state.lang);
    return;
  }
  renderTests(ui.tests, state.tests, state.lang);
}

function showMonth(): void {
  if (state.month)
    renderMonth(
      ui.month,
      state.month,
      { signals: SAMPLE.signals.length, history: SAMPLE.history.length },
      state.lang,
    );
}

let firstReady = true;

/** Every analysis of the editor's text (after typing pauses): problems, diff, tests. */
function onAnalysis(text: string, analysis: Analysis): void {
  const changed = text !== state.text;
  state.analysis = analysis;
  state.text = text;
  showStatus();
  showDiff();
  ui.runMonth.disabled = !analysis.loaded.ok;
  if (!changed && state.tests) {
    showTests();
    return;
  }
  if (changed && state.month) {
    state.month = undefined;
    ui.month.replaceChildren(el('p', { class: 'muted' }, STATIC.monthHelp[state.lang]));
  }
  const generation = ++state.generation;
  state.tests = undefined;
  showTests();
  if (!analysis.loaded.ok) {
    markReady();
    return;
  }
  void runPresetTests(analysis.loaded.value).then((results) => {
    if (generation !== state.generation) return; // the text changed meanwhile
    state.tests = results;
    showTests();
    markReady();
  });
}

/** Marks the page interactive (first preset loaded and tested), for people and for the browser test. */
function markReady(): void {
  if (!firstReady) return;
  firstReady = false;
  document.body.dataset.readyMs = String(Math.round(performance.now()));
}

async function runMonth(): Promise<void> {
  const a = state.analysis;
  if (!a?.loaded.ok) return;
  ui.runMonth.disabled = true;
  renderNote(ui.month, T.monthRunning, state.lang);
  const run = await runPresetMonth(a.loaded.value, {
    month: asIsoMonth(SAMPLE.month),
    signals: SAMPLE.signals,
    history: SAMPLE.history,
  });
  ui.runMonth.disabled = false;
  if (!run.ok) {
    ui.month.replaceChildren(
      el('p', { class: 'bad' }, T.monthFailed[state.lang]),
      el('ul', {}, ...run.issues.map((i) => el('li', {}, `${i.path.join('.')}: ${i.message[state.lang]}`))),
    );
    return;
  }
  state.month = monthSummary(run.value);
  showMonth();
}

function download(): void {
  const text = editor.text();
  let id = 'preset';
  try {
    const parsed = JSON.parse(text) as { id?: unknown };
    if (typeof parsed.id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(parsed.id)) id = parsed.id;
  } catch {
    // a text that is not JSON yet is downloaded as it is, under the name preset.json
  }
  const name = `${id}.json`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  ui.downloaded.textContent = T.downloaded(name)[state.lang];
}

const editor = createEditor({
  parent: $('editor'),
  analyse: (text) => analyse(text, check),
  onAnalysis,
  lang: () => state.lang,
  describedBy: 'edit-help',
});

ui.lang.addEventListener('change', () => {
  state.lang = ui.lang.value === 'en' ? 'en' : 'nl';
  setStaticTexts();
  showStatus();
  showDiff();
  showTests();
  showMonth();
  editor.refresh();
});
ui.open.addEventListener('click', open);
ui.download.addEventListener('click', download);
ui.runMonth.addEventListener('click', () => void runMonth());

setStaticTexts();
renderNote(ui.status, T.loading, state.lang);
open();
