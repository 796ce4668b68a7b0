import { UnreadableRecordsError } from '../../storage/recordTable';

/** What a read gave, or why the product's store could not be read. */
export type Readable<T> = { read: T } | { unreadable: string };

/**
 * Runs one product's read for a page over many products. A store that cannot be read
 * (`UnreadableRecordsError`: that product's alone, not the storage as a whole) answers why instead of
 * failing the page, so one bad store never blanks the review; the log names `what` ("the notes of PAY
 * are") for whoever runs the site. Any other failure is the page's.
 */
export async function readOrUnreadable<T>(what: string, read: () => Promise<T>): Promise<Readable<T>> {
  try {
    return { read: await read() };
  } catch (error) {
    if (!(error instanceof UnreadableRecordsError)) throw error;
    console.error(`Portfolio review: ${what} left out; ${error.message}`);
    return { unreadable: error.message };
  }
}
