#!/usr/bin/env python3
"""Turns a draft gold file whose evidence is verbatim into one that points at the evidence by position.

For articles whose words may not be copied into this project (check_gold.py's RESEARCH_ONLY), write the draft
outside the project with "evidence" as a verbatim substring of the record's "text", then run from the project
folder:
    python3 src/test/resources/anchor_gold.py DRAFT.json --articles ../shared/corpora/news-dev -o data/gold-real/X.json
Each "evidence" becomes "evidence_at": {"start", "end", "sha1"} (String indices into the record's text, which
are Python str indices as long as the text has no characters outside the Basic Multilingual Plane; the script
refuses a text that has them). Evidence found more than once is anchored at its first occurrence at or after
the previous event's evidence, else its first. Evidence not found verbatim is an error naming the event.
    python3 src/test/resources/anchor_gold.py --show data/gold-real/X.json --articles ../shared/corpora/news-dev
prints each event with the words its anchor points at, for reading a gold file without keeping the words in it.
"""
import argparse, hashlib, json, os, sys


def record(path, record_id):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            if rec["id"] == record_id:
                return rec
    sys.exit(f"{path}: no record {record_id!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--articles", required=True)
    ap.add_argument("-o", "--out")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    art = gold["article"]
    text = record(os.path.join(args.articles, art["file"]), art["record"])["text"]
    if any(ord(c) > 0xFFFF for c in text):
        sys.exit(f"{art['record']}: the text has characters outside the BMP; Java and Python indices differ")
    if args.show:
        for ev in gold["events"]:
            at = ev.get("evidence_at")
            words = text[at["start"]:at["end"]] if at else ev.get("evidence")
            print(f"{ev['id']} {ev['type']} {ev['date']['value']} {ev.get('mode')} must={ev.get('must')}\n    {words}")
        return 0
    problems = 0
    after = 0
    for ev in gold["events"]:
        if "evidence" not in ev:
            continue
        words = ev.pop("evidence")
        at = text.find(words, after)
        at = text.find(words) if at < 0 else at
        if at < 0 or not words:
            print(f"{ev['id']}: evidence not in the record's text: {words!r}", file=sys.stderr)
            problems += 1
            continue
        after = at
        ev["evidence_at"] = {"start": at, "end": at + len(words),
                             "sha1": hashlib.sha1(words.encode("utf-8")).hexdigest()[:10]}
    if problems:
        return 1
    out = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    if args.out:
        open(args.out, "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
