// The contracts of api-specs/ (copied into the gateway at build time), care coordination first: it is the API care
// providers' systems integrate with. A static file, so the page's Content-Security-Policy needs no inline script.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: 'specs/care-coordination-service.yaml', name: 'care-coordination-service (care providers, coordination)' },
      { url: 'specs/signal-service.yaml', name: 'signal-service (signals)' },
      { url: 'specs/triage-service.yaml', name: 'triage-service (cases, tracks)' },
      { url: 'specs/enforcement-service.yaml', name: 'enforcement-service (inspections)' },
      { url: 'specs/monitor-service.yaml', name: 'monitor-service (regional monitor)' },
      { url: 'specs/inbox.yaml', name: 'inbox (notifications)' },
      { url: 'specs/access-log.yaml', name: 'access-log (every service\'s access log)' }
    ],
    dom_id: '#swagger-ui',
    deepLinking: true,
    // nothing leaves the gateway: no call to the public spec validator
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
});
