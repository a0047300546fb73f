/** A list of surnames written `surname reading/reading`, comma-separated (okinawan-surnames.ts), as surname → readings. */
export const surnameList = (written: string): ReadonlyMap<string, readonly string[]> =>
  new Map(
    written
      .split(",")
      .map((entry) => entry.trim().split(" "))
      .map(([surname, readings]) => [surname!, readings!.split("/")]),
  );
