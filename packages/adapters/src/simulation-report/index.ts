// Public API of adapters/simulation-report (issue 16): a policy simulation's result read back from
// simulation.json and drawn as a self-contained HTML page (charts as inline SVG; vega, vega-lite
// and Handlebars are loaded on first use).
export { readSimulationResult, SIMULATION_RESULT_MAX_LENGTH } from './read';
export { renderSimulationHtml } from './render';
