/** JSON that keeps Dates Dates across the wire (a job's timestamps), whatever their field names. */
export const jsonWithDates = {
  stringify: (message: unknown) =>
    JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    }),
  parse: (text: string) =>
    JSON.parse(text, (_key, value: unknown) =>
      value && typeof value === 'object' && '$date' in value && typeof value.$date === 'string' ? new Date(value.$date) : value,
    ) as unknown,
};
