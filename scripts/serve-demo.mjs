// Serves the repository so the demo can load dist/ and its data, and prints the URL.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://localhost:${server.config.port}/demo/`;
console.log(`\nsummit-timeline demo: ${url}\n(Ctrl+C to stop)`);
