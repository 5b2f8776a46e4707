// The query page of `kg serve`: YASGUI (vendored in assets/yasgui/) over this server's /sparql, with kg's
// prefixes and the example queries (examples/queries/*.rq) as tabs. Nothing is fetched from elsewhere:
// the class and property autocompleters (which ask LOV) are off, prefixes come from YASGUI's bundled list,
// and every tab's query declares kg's prefixes, so none is added from that list.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("kg-query-config").textContent);
  const prologue = Object.entries(config.prefixes)
    .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
    .join("\n");
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const withPrologue = (query) => `${prologue}\n\n${query.trim()}\n`;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null, // every load starts from the examples; share links keep a query
    autoAddOnInit: false,
    endpointCatalogueOptions: { getData: () => [], keys: [] },
    yasqe: {
      value: withPrologue(config.starter),
      autocompleters: ["variables", "prefixes"],
      prefixCcApi: "",
      persistenceId: null,
      editorHeight: "360px",
      collapsePrefixesOnLoad: true, // the PREFIX block folds to one line; a click unfolds it
    },
    yasr: { persistenceId: null, prefixes: config.prefixes, defaultPlugin: "table" },
  });
  yasgui.addTab(true, { name: "Query", yasqe: { value: withPrologue(config.starter) } });
  for (const example of config.examples) {
    yasgui.addTab(false, { name: example.name, yasqe: { value: withPrologue(example.query) } });
  }
  window.kgYasgui = yasgui; // for the browser tests and the console
})();
