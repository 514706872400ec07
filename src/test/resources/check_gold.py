#!/usr/bin/env python3
"""Checks Parley's own gold files (data/gold/*.json) against their articles (data/articles/).

Run from the project folder: python3 src/test/resources/check_gold.py
It checks that every event's evidence is a verbatim substring of its article's text (for HTML: the
<article> element's text with tags removed and entities decoded; for JSON Lines: the record's "text"),
that type, CAMEO code, mode and basis are known, that every actor named by an event is listed under
"actors", that ids are unique, and that the span is ordered and holds the gold value's days.
Exit status 1 when something is wrong.
"""
import calendar, glob, html, json, os, re, sys

CAMEO = {
    "MEET": ["040", "042", "043", "044"], "CALL": ["041"], "NEGOTIATE": ["046"], "MEDIATE": ["045"],
    "PROPOSE": ["030", "031", "032", "033", "034", "035", "036", "037", "038", "039"],
    "AGREE": ["050", "051", "052", "053", "054", "056", "057"],
    "REJECT": ["120", "121", "122", "123", "124", "125", "126", "127", "128", "129"],
    "DEMAND": ["100", "101", "102", "103", "104", "105", "106", "107", "108"],
    "APPEAL": ["020", "021", "022", "023", "024", "025", "026", "027", "028"],
    "STATEMENT": ["010", "011", "012", "013", "014", "015", "016", "017", "018", "019"],
    "APOLOGIZE": ["055"], "THREATEN": ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139"],
    "SANCTION": ["160", "161", "162", "163", "164", "165", "166"], "REDUCE_RELATIONS": ["161", "164"],
    "AID": ["070", "071", "072", "073", "074", "075"], "ANNEX": ["171", "1711", "1712"],
    "FIGHT": ["180", "181", "182", "183", "190", "191", "192", "193", "194", "195"],
}
MODES = {"ASSERTED", "PLANNED", "HYPOTHETICAL", "NEGATED", "DENIED"}
BASES = {"TEXT", "CONTEXT", "ANAPHOR", "PUBLICATION"}


def article_text(path, record):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".jsonl"):
        for line in raw.splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec["id"] == record:
                    return rec["title"] + "\n" + rec["text"]
        raise KeyError(f"{path}: no record {record!r}")
    if path.endswith(".html"):
        m = re.search(r"<article\b.*?</article>", raw, re.S)
        body = re.sub(r"<[^>]+>", " ", m.group(0))
        return re.sub(r"[ \t]+", " ", html.unescape(body))
    return raw


def interval(value):
    """Earliest and latest day of a plain TIMEX3 date value, or None for forms not worked out here."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if d:
        return value, value
    if mo:
        last = calendar.monthrange(int(y), int(mo))[1]
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def check(gold_path, articles):
    problems = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    art = gold["article"]
    text = article_text(os.path.join(articles, art["file"]), art.get("record"))
    flat = re.sub(r"\s+", " ", text)
    ids = set()
    for ev in gold["events"]:
        where = f"{os.path.basename(gold_path)} {ev['id']}"
        if ev["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(ev["id"])
        if ev["evidence"] not in text and ev["evidence"] not in flat:
            problems.append(f"{where}: evidence not in article: {ev['evidence']!r}")
        if ev["type"] not in CAMEO or ev["cameo"] not in CAMEO[ev["type"]]:
            problems.append(f"{where}: type {ev['type']} with CAMEO {ev['cameo']}")
        for t in ev.get("also_types", []):
            if t not in CAMEO:
                problems.append(f"{where}: unknown also_type {t}")
        if ev.get("mode") not in MODES:
            problems.append(f"{where}: mode {ev.get('mode')}")
        if ev.get("basis") not in BASES:
            problems.append(f"{where}: basis {ev.get('basis')}")
        for key in ("actors", "targets", "parties"):
            for a in ev.get(key, []):
                if a not in gold["actors"]:
                    problems.append(f"{where}: {key} name {a!r} not under 'actors'")
        lo, hi = ev["date"]["span"]
        if lo > hi:
            problems.append(f"{where}: span {lo}..{hi} reversed")
        iv = interval(ev["date"]["value"])
        if iv and not ev["date"].get("mod") and (iv[1] < lo or iv[0] > hi):
            problems.append(f"{where}: value {ev['date']['value']} outside span {lo}..{hi}")
    return problems, len(gold["events"])


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    articles = os.path.join(root, "data", "articles")
    problems, files, events = [], 0, 0
    for path in sorted(glob.glob(os.path.join(root, "data", "gold", "*.json"))):
        p, n = check(path, articles)
        problems += p
        files += 1
        events += n
    for p in problems:
        print(p)
    print(f"{files} gold files, {events} events, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
