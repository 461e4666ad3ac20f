// The phone data: libphonenumber-js ("max" metadata, which knows number
// types) behind four small functions the app calls from Rust
// (src/platform/phone.rs). Bundled by `cargo xtask build` with esbuild into
// dist/phone-<hash>.js and imported only when phone mode is chosen.
// Every function returns plain data (JSON text or a string), never objects.
import {
  parsePhoneNumberWithError,
  ParseError,
  AsYouType,
  getCountries,
  getCountryCallingCode,
  validatePhoneNumberLength,
} from "libphonenumber-js/max";
import metadata from "libphonenumber-js/max/metadata";

const KINDS = {
  FIXED_LINE: "landline",
  MOBILE: "mobile",
  FIXED_LINE_OR_MOBILE: "landline_or_mobile",
  TOLL_FREE: "toll_free",
  PREMIUM_RATE: "premium_rate",
  SHARED_COST: "shared_cost",
  VOIP: "voip",
  PERSONAL_NUMBER: "personal",
  PAGER: "pager",
  UAN: "uan",
  VOICEMAIL: "voicemail",
};

function country(iso) {
  return iso && getCountries().includes(iso) ? iso : undefined;
}

// Reads `text` (what the person typed, digits already ASCII: the app's
// domain::phone::ascii) for `iso` (the picked country, or
// ""): JSON {problem, e164, calling_code, country, kind, national,
// international}. `problem` is null when the number is valid.
export function read(text, iso) {
  const picked = country(iso);
  const input = text;
  let number;
  try {
    number = parsePhoneNumberWithError(input, { defaultCountry: picked, extract: false });
  } catch (error) {
    const problem = error instanceof ParseError ? error.message : "NOT_A_NUMBER";
    return JSON.stringify({ problem });
  }
  let problem = null;
  if (!number.isValid()) {
    const length = validatePhoneNumberLength(input, { defaultCountry: picked });
    problem = length === "TOO_SHORT" || length === "TOO_LONG" ? length : length === "INVALID_LENGTH" ? "INVALID_LENGTH" : "NOT_VALID";
  }
  const kind = number.getType();
  return JSON.stringify({
    problem,
    e164: number.number,
    calling_code: number.countryCallingCode,
    country: number.country || null,
    kind: kind ? KINDS[kind] || null : null,
    national: number.formatNational(),
    international: number.formatInternational(),
  });
}

// As-you-type: the national (or, after "+", international) layout of what
// has been typed so far, and the country it points to: JSON {text,
// calling_code, country}.
export function typing(text, iso) {
  const typer = new AsYouType(country(iso));
  const shown = typer.input(text);
  const code = typer.getCallingCode() || null;
  // "+39…" alone points to Italy, the code's main country, until the
  // number says otherwise (Vatican City shares +39).
  const main = code ? (metadata.country_calling_codes[code] || [])[0] : undefined;
  return JSON.stringify({ text: shown, calling_code: code, country: typer.getCountry() || main || null });
}

// A search key: no accents or case, so "Peru" finds "Perú".
export function searchKey(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

// Every country the data knows, named in `locale` by the browser's own
// Intl.DisplayNames, sorted by that name: JSON [{iso, code, name, key}].
export function countries(locale) {
  let names;
  try {
    names = new Intl.DisplayNames([locale, "en"], { type: "region", fallback: "code" });
  } catch {
    names = { of: (iso) => iso };
  }
  const collator = new Intl.Collator([locale, "en"]);
  const list = getCountries().map((iso) => {
    const name = names.of(iso) || iso;
    return { iso, code: getCountryCallingCode(iso), name, key: searchKey(name) };
  });
  list.sort((a, b) => collator.compare(a.name, b.name));
  return JSON.stringify(list);
}
