// Marker lines readers put into the text they return; later stages recognise them.

/** Before footnotes appended after the document: what follows is notes, not its closing. */
export const NOTES_MARK = '[Chú thích]';
