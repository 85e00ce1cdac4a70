// One error class with stable codes. Callers branch on `code`, never on the message.
export type VanbanErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'ENCRYPTED'
  | 'TOO_LARGE'
  | 'NOT_FOUND'
  | 'READ_FAILED'
  | 'OCR_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL';

export class VanbanError extends Error {
  override readonly name = 'VanbanError';
  constructor(
    readonly code: VanbanErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function toVanbanError(e: unknown): VanbanError {
  if (e instanceof VanbanError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return new VanbanError('NOT_FOUND', err.message, { cause: e });
  if (err && (err.code === 'EISDIR' || err.code === 'EACCES')) return new VanbanError('READ_FAILED', err.message, { cause: e });
  return new VanbanError('INTERNAL', err instanceof Error ? err.message : String(e), { cause: e });
}
