// The JSON editor: CodeMirror 6 with completion and hover from the preset's JSON Schema
// (codemirror-json-schema) and inline problems from the page's own analysis (the rules-presets
// loader and the schema check, in the page's language).
import { json, jsonLanguage } from '@codemirror/lang-json';
import { type Diagnostic, forceLinting, linter, lintGutter } from '@codemirror/lint';
import { hoverTooltip } from '@codemirror/view';
import type { Lang } from '@signaalreis/core';
import { disableErrorLogging } from 'best-effort-json-parser';
import { basicSetup, EditorView } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import type { Analysis } from './analysis';
import { PRESET_SCHEMA } from './schema-check';
import { T } from './texts';

/** What the page gives the editor. */
export interface EditorOptions {
  parent: HTMLElement;
  /** Analyses the text (called by the linter, after typing pauses). */
  analyse: (text: string) => Analysis;
  /** Called with every analysis, for the panels beside the editor. */
  onAnalysis: (text: string, analysis: Analysis) => void;
  lang: () => Lang;
  describedBy: string;
}

/** The editor and what the page does with it. */
export interface PresetEditor {
  view: EditorView;
  text: () => string;
  /** Replaces the whole text (a newly opened preset). */
  setText: (text: string) => void;
  /** Re-runs the analysis now (e.g. after the language changed). */
  refresh: () => void;
  /** Puts the cursor on a position and focuses the editor. */
  focusAt: (pos: number) => void;
}

/** Makes the editor in `options.parent`. */
export function createEditor(options: EditorOptions): PresetEditor {
  // codemirror-json-schema's parser of half-typed JSON would log the whole text (which may hold
  // test signals with names) to the console on every keystroke.
  disableErrorLogging();
  const lint = linter(
    (view): Diagnostic[] => {
      const text = view.state.doc.toString();
      const analysis = options.analyse(text);
      options.onAnalysis(text, analysis);
      const lang = options.lang();
      return analysis.problems.map((p) => ({
        from: p.from,
        to: p.to,
        severity: 'error',
        source: p.source === 'schema' ? T.sourceSchema[lang] : T.sourceLoader[lang],
        message: p.message[lang],
      }));
    },
    { delay: 250 },
  );
  const view = new EditorView({
    parent: options.parent,
    extensions: [
      basicSetup,
      json(),
      lint,
      lintGutter(),
      jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
      hoverTooltip(jsonSchemaHover()),
      stateExtensions(PRESET_SCHEMA as Parameters<typeof stateExtensions>[0]),
      EditorView.contentAttributes.of({
        'aria-label': T.editorLabel[options.lang()],
        'aria-describedby': options.describedBy,
      }),
      EditorView.lineWrapping,
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
      });
      view.scrollDOM.scrollTop = 0;
    },
    refresh: () => forceLinting(view),
    focusAt: (pos) => {
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
  };
}
