'use strict';
// Difference classes of the conformance report. Each class names a cause and a normaliser that erases only
// that kind of difference; a differing entry pair is put in every class whose normaliser brings the two texts
// closer, and in "other" if they still differ after all of them. The normalisers serve only to classify:
// the identical-share figure compares the texts themselves.

const YEAR_SUFFIX = /\b((?:1[5-9]|20)\d\d|n\.d\.|N\.d\.)[a-z]{1,2}\b/g;

const CLASSES = [
  {
    id: 'missing-entry',
    title: 'Entry missing on one side',
    cause: 'One processor rendered no entry for the item (an empty rendering is dropped, or the item was refused).',
    test: (j, s) => j == null || s == null,
  },
  {
    id: 'add-names',
    title: 'Disambiguation by adding names or given names (disambiguate-add-names / -add-givenname)',
    cause: 'citeproc-js shows more names ("LaBeaud, AD, PC Cross, et al.") or a full given name ("Daniel S.") so '
      + 'that two items with the same first author no longer cite alike, and keeps that in the bibliography; '
      + 'citeproc-java 3.x has no disambiguation. Where the shortened names then repeat, clinicite\'s '
      + 'subsequent-author-substitute writes "———" for a list citeproc-js has expanded.',
    status: 'closed in clinicite (Disambiguation: added names and given names per ambiguous cite, rendered with a '
      + 'copy of the style, in citations and, where the bibliography shortens names as citations do, in the '
      + 'bibliography)',
    explains: addedNames,
  },
  {
    id: 'year-suffix',
    title: 'Disambiguation year-suffix (2017a / 2017b)',
    cause: 'citeproc-java 3.x does not add year-suffixes (disambiguate-add-year-suffix); citeproc-js does.',
    status: 'closed in clinicite (YearSuffixes) for items with the same names and year',
    normalize: (t) => t.replace(YEAR_SUFFIX, '$1'),
  },
  {
    id: 'markup',
    title: 'Rich-text markup in field values (<sup>, <i>, <b>, <sc>, nocase)',
    cause: 'citeproc-js reads the HTML-like markup CSL-JSON allows in fields; citeproc-java prints the tags.',
    status: 'closed in clinicite (RichText, markers turned into markup by each output format)',
    normalize: (t) => t.replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>/gi, ''),
  },
  {
    id: 'name-suffix',
    title: 'Position of a name suffix (Jr.) in inverted names',
    cause: 'citeproc-js writes "Hall, H. K., Jr." and "Hall HK Jr"; citeproc-java 3.x "Hall Jr., H. K." and '
      + '"Hall Jr. HK".',
    explains: (j, s) => /\b(?:Jr|Sr)\b/.test(j) && suffixless(j) === suffixless(s),
  },
  {
    id: 'et-al-use-last',
    title: 'et-al-use-last ("… last author")',
    cause: 'APA 7 lists 19 authors, an ellipsis and the last author (et-al-use-last); citeproc-java 3.x writes '
      + '"et al." instead.',
    status: 'closed in clinicite (EtAlUseLast: the first authors and the marked last one go to citeproc-java, '
      + 'MarkedRegions writes the ellipsis in place of the "and")',
    normalize: (t) => t.replace(/… [^()]+? (?=\()/, 'et al. '),
  },
  {
    id: 'page-range',
    title: 'Page and number ranges',
    cause: 'citeproc-java collapses a range whose first and last page are equal ("176-176" -> "176") and writes '
      + 'minimal-two ranges with one digit ("102–8"; citeproc-js "102–08"). Numeric ranges in volume and issue '
      + '("17(2-3)"), printed as given by citeproc-java, take the page-range-delimiter in citeproc-js ("17(2–3)").',
    status: 'closed in clinicite (NumberRanges: volume/issue ranges take the delimiter; page ranges with equal ends '
      + 'are kept and minimal-two keeps two digits)',
    normalize: (t) => t.replace(/\b(\d+)\s*[-–]\s*0*(\d+)\b/g, (m, a, b) => (a === b ? a : `${a}-${b}`)),
  },
  {
    id: 'range-label',
    title: 'Label of a numeric range in volume or issue ("nos. 1–2", "vols. 400–401")',
    cause: 'citeproc-js treats "1–2" as a plural number (and as numeric); citeproc-java uses the singular label, '
      + 'or none when it does not take the range for a number.',
    status: 'closed in clinicite (MarkedRegions makes the label of a volume or issue with several numbers plural; '
      + 'NumberRanges gives an en-dash range to citeproc-java with a hyphen, so that it is numeric, and puts the en '
      + 'dash back)',
    normalize: (t) => t.replace(/\b(?:vols?|nos?)\. (?=\d+[–-]\d+)/g, ''),
  },
  {
    id: 'add-givenname',
    title: 'Disambiguation by a given name written out ("Delorme, V", "Daniel S")',
    cause: 'citeproc-js tells apart two items by the same first author and year by showing the given name as '
      + 'written in the data (disambiguate-add-givenname), here "V" and "Daniel S" without the period that '
      + 'initialising adds; citeproc-java 3.x has no disambiguation and initialises. clinicite does this for the '
      + 'default rule "by-cite" (MLA, Harvard); what remains is chicago-author-date\'s global rule "primary-name", '
      + 'which expands a first author\'s given name wherever another first author has the same family name, '
      + 'even when the cites differ by year.',
    normalize: (t, item) => givenInitials(item).reduce(
      (x, letter) => x.replace(new RegExp(`\\b${letter}\\.(?=[,\\s])`, 'gu'), letter), t),
  },
  {
    id: 'quotes',
    title: 'Quotation marks and apostrophes',
    cause: 'Straight quotes/apostrophes made typographic by one processor only, or nested quotes not flipped.',
    normalize: (t) => t.replace(/[‘’'′]/g, "'").replace(/[“”"«»]/g, '"'),
  },
  {
    id: 'punctuation',
    title: 'Punctuation at the joint of two fields',
    cause: 'Duplicate or collapsed punctuation where a field ending in punctuation meets an affix or delimiter.',
    normalize: (t) => t.replace(/([.,;:!?])[.,;:]+/g, '$1').replace(/([.,;:])([”’])/g, '$2$1'),
  },
  {
    id: 'strip-periods',
    title: 'Periods in abbreviated journal titles (strip-periods)',
    cause: 'The style asks for strip-periods on the container title; citeproc-java 3.x ignores it on <text>.',
    status: 'closed in clinicite (StyleRewriter + MarkedRegions)',
    normalize: (t, item) => journalTitles(item).reduce((x, title) => x.split(title).join('§JT§')
      .split(title.replace(/\./g, '')).join('§JT§'), t).replace(/§JT§\./g, '§JT§'),
  },
  {
    id: 'date-delimiter',
    title: 'Delimiter between the parts of a non-localized date ("2017Jul")',
    cause: 'citeproc-java 3.x ignores the delimiter attribute of <date>.',
    status: 'closed in clinicite (StyleRewriter moves it into the date parts\' prefixes)',
    normalize: (t) => t.replace(/\b(\d{4}) ?(?=[A-Z][a-z]{2}\b)/g, '$1 '),
  },
  {
    id: 'text-case',
    title: 'Title case and capitalize-first',
    cause: 'citeproc-java\'s title case lowercases words written in capitals (JACS -> Jacs), capitalised stop words '
      + '(In Vitro -> in Vitro) and capitals after a hyphen, and has another stop-word list; its capitalize-first '
      + 'uppercases "arXiv".',
    status: 'closed in clinicite (TitleCase, a port of citeproc-js\'s algorithm, applied through StyleRewriter markers)',
    normalize: (t) => t.toLowerCase(),
  },
  {
    id: 'initials-hyphen',
    title: 'Initials of hyphenated given names (initialize-with-hyphen="false")',
    cause: 'AMA and NLM want "Qin XQ"; citeproc-java 3.x ignores initialize-with-hyphen and writes "Qin X-Q".',
    status: 'closed in clinicite (HyphenatedInitials, for styles that initialise every name)',
    normalize: (t) => t.replace(/\b(\p{Lu})-(\p{Lu})\b/gu, '$1$2'),
  },
  {
    id: 'subsequent-author',
    title: 'subsequent-author-substitute ("———")',
    cause: 'citeproc-java 3.x ignores subsequent-author-substitute.',
    status: 'closed in clinicite (MarkedRegions, rule complete-all)',
    explains: (j, s) => s.startsWith('———') && !j.startsWith('———') && j.endsWith(s.slice(3)),
  },
];

/**
 * True if citeproc-js's entry has names inserted before "et al." where clinicite's has none (or "———"): the
 * add-names / add-givenname disambiguation.
 */
function addedNames(j, s) {
  if (!/et al\./.test(s)) {
    return false;
  }
  if (j.startsWith('———')) {
    return true;
  }
  let p = 0;
  while (p < j.length && j[p] === s[p]) p++;
  let q = 0;
  while (q < j.length - p && j[j.length - 1 - q] === s[s.length - 1 - q]) q++;
  const inserted = s.slice(p, s.length - q);
  const removed = j.slice(p, j.length - q);
  const after = s.slice(s.length - q);
  const givenExpanded = removed.length > 0 && inserted.length > 1 && /^[\p{L}. ]+$/u.test(inserted)
    && /^[\p{Lu}.]*$/u.test(removed);
  return (removed.length <= 2 && /^[\p{L}\s.,'’-]+$/u.test(inserted) && /^,? ?et al\./.test(after.trimStart()))
    || givenExpanded;
}

/** Capital letters that end a given name without a period ("V", "Daniel S"). */
function givenInitials(item) {
  return (item && item.author || []).map((a) => (a.given || '').match(/(?:^|\s)(\p{Lu})$/u)).filter(Boolean)
    .map((m) => m[1]);
}

/** The item's journal titles that contain periods, longest first. */
function journalTitles(item) {
  return [item && item['container-title-short'], item && item['container-title']]
    .filter((t) => typeof t === 'string' && t.includes('.')).sort((a, b) => b.length - a.length);
}

function suffixless(t) {
  return t.replace(/,? (?:Jr|Sr)\b\.?/g, '').replace(/[.,]/g, '');
}

function tokens(t) {
  return t.split(/\s+/).filter(Boolean);
}

/** Edit distance between two texts, counted in whitespace-separated words. */
function distance(a, b) {
  const x = tokens(a);
  const y = tokens(b);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let k = 1; k <= y.length; k++) {
      cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (x[i - 1] === y[k - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** The ids of the classes that explain the difference between two entry texts (at least one). */
function classify(j, s, item) {
  const missing = CLASSES[0];
  if (missing.test(j, s)) return [missing.id];
  const found = [];
  let a = j;
  let b = s;
  for (const c of CLASSES.slice(1)) {
    if (c.explains) {
      if (c.explains(a, b)) return found.concat([c.id]);
      continue;
    }
    const na = c.normalize(a, item);
    const nb = c.normalize(b, item);
    if (na === nb || distance(na, nb) < distance(a, b)) {
      found.push(c.id);
      a = na;
      b = nb;
      if (a === b) return found;
    }
  }
  found.push('other');
  return found;
}

module.exports = { CLASSES, classify };
