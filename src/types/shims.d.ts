// Packages without type declarations.
declare module '@tesseract.js-data/vie' {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
