// Leaflet 1.9 ships an ES module build beside its UMD `main`; the ES build is 1.5 KB smaller
// gzipped and sets no global `L`. Its types are Leaflet's own.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
