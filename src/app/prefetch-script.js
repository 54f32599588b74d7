// Start fetching the document the address names (or the communiqué, which the reader opens on)
// while the app's script loads; src/app/main.tsx takes the response from here. A classic script
// of its own, outside the bundle (vite.config.ts puts it first in <head>), because the page's
// Content-Security-Policy allows no inline script and the bundle would start the fetch too late.
(function () {
  var params = new URLSearchParams(location.search);
  if (params.has('project') || params.has('new')) return;
  var id = params.get('doc') || 'mao-khrushchev-1958';
  // only an id the corpus could hold (the form isDocumentId checks): anything else is the app's to refuse
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) return;
  var url = document.currentScript.src.replace(/prefetch\.js$/, '') + 'doc-' + id + '.json';
  var response = fetch(url);
  response.catch(function () {});
  window.__duizhaoPrefetch = { url: url, response: response };
})();
