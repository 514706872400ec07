#!/usr/bin/env python3
"""Checks gold files against their articles.

Run from the project folder:
    python3 src/test/resources/check_gold.py                      # data/gold against data/articles
    python3 src/test/resources/check_gold.py --gold data/gold-real --articles ../shared/corpora/news-dev
It checks that every event's evidence is a verbatim substring of its article's text (for HTML: the
<article> element's text with tags removed and entities decoded; for JSON Lines: the record's "text"),
that type, CAMEO code, mode and basis are known, that every actor named by an event is listed under
"actors", that ids are unique, and that the span is ordered and holds the gold value's days.
For a research-only source (RESEARCH_ONLY: its words may not be copied into this project) the evidence
must be given by position, as "evidence_at": {"start", "end", "sha1"} into the record's "text" (see
anchor_gold.py), and no six words in a row of the gold file's own strings may be the article's.
Exit status 1 when something is wrong.
"""
import argparse, calendar, glob, hashlib, html, json, os, re, sys

RESEARCH_ONLY = {"straits-asia-2023.jsonl"}

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


def record(path, record_id):
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["id"] == record_id:
                return rec
    raise KeyError(f"{path}: no record {record_id!r}")


def article_text(path, record_id):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".jsonl"):
        rec = record(path, record_id)
        return rec["title"] + "\n" + rec["text"]
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
        research_only = art["file"] in RESEARCH_ONLY
        if "evidence_at" in ev:
            at = ev["evidence_at"]
            body = record(os.path.join(articles, art["file"]), art.get("record"))["text"]
            words = body[at["start"]:at["end"]] if 0 <= at["start"] < at["end"] <= len(body) else None
            if words is None:
                problems.append(f"{where}: evidence_at {at['start']}..{at['end']} outside the record's text")
            elif not hashlib.sha1(words.encode("utf-8")).hexdigest().startswith(at["sha1"]):
                problems.append(f"{where}: evidence_at {at['start']}..{at['end']} does not hold the words of sha1 {at['sha1']}")
            if "evidence" in ev:
                problems.append(f"{where}: both evidence and evidence_at")
        elif research_only:
            problems.append(f"{where}: {art['file']} is research-only: give evidence_at, not its words (anchor_gold.py)")
        elif ev["evidence"] not in text and ev["evidence"] not in flat:
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
    if art["file"] in RESEARCH_ONLY:
        problems += copied_words(os.path.basename(gold_path), gold, flat)
    return problems, len(gold["events"])


def strings(node, names=("actors", "parties", "targets", "aliases")):
    """Every string of a gold file but actor names (names are facts, not the outlet's words)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for n in node:
            yield from strings(n)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in names:
                yield from strings(v)


def copied_words(name, gold, article_text, n=6):
    """Runs of n words that a research-only article's gold shares with the article: copied text."""
    def grams(t):
        w = re.findall(r"[\w'’]+", t.lower())
        return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
    article = grams(article_text)
    out = []
    for s in strings(gold):
        for g in sorted(grams(s) & article):
            out.append(f"{name}: six words in a row copied from the article: {g!r}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=os.path.join("data", "gold"), help="a folder of gold files")
    ap.add_argument("--articles", default=os.path.join("data", "articles"), help="the folder the articles are in")
    args = ap.parse_args()
    articles = args.articles
    problems, files, events = [], 0, 0
    for path in sorted(glob.glob(os.path.join(args.gold, "**", "*.json"), recursive=True)):
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
