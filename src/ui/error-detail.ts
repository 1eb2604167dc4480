/** The technical detail of a thrown value, for the "details" of an error notice: "TypeError: ..." or the value as text. */
export const errorDetail = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
