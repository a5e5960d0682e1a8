// `cem analyze` config. Lit's `static properties` make the analyzer list private
// state (`_data`, ...) as attributes, and the typed event classes as an unnamed
// event; this plugin leaves only the public contract in the manifest.
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
          }
        }
      },
    },
  ],
};
