// `cem analyze` config. Lit's `static properties` make the analyzer list private
// state (`_data`, ...) as attributes, and the typed event classes as an unnamed
// event; this plugin leaves only the public contract in the manifest.
import { readFileSync } from 'node:fs';

/** The custom properties are documented beside their defaults, in the theme, not on the class. */
function themeProperties() {
  const text = readFileSync(new URL('./src/styles/tokens.ts', import.meta.url), 'utf8');
  return [...text.matchAll(/@cssprop \[(--[\w-]+)=([^\]]*)\] - (.*)/g)].map(([, name, value, description]) => ({ name, default: value, description }));
}

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-contract-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.customElement) continue;
            decl.attributes = decl.attributes?.filter((a) => !a.name.startsWith('_'));
            decl.members = decl.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected');
            decl.events = decl.events?.filter((e) => e.name);
            decl.cssProperties = themeProperties();
          }
        }
      },
    },
  ],
};
