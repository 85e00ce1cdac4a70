// Text → HTML/XML character data and attribute values (one escaper for every page and export).
export const escapeXml = (s: unknown): string =>
  String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
