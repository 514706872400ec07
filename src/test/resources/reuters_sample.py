#!/usr/bin/env python3
"""Draws a fixed-seed sample of events for a hand-check of precision on a Reuters-21578 file.

Run from the project folder, on the output of `parley extract FILE --format jsonl`:
    java -jar target/parley.jar extract ../shared/corpora/reuters21578/reut2-000.sgm --format jsonl > /tmp/reut.jsonl
    python3 src/test/resources/reuters_sample.py /tmp/reut.jsonl --seed 1987 --size 50 [--show]

Each line gives the event (type, mode, actors with their parts, date and basis), the story's NEWID and the offsets
of its first mention. A story's NEWID is found from the article id, which is the first 16 hex digits of the SHA-256
of 'reut2-000.sgm#NEWID=N' (org.parley.ingest.ArticleIds). --show prints the sentences to judge on the terminal:
Reuters text is not to be copied into the project, so write the verdicts in your own words.
"""
import argparse
import hashlib
import json
import random

parser = argparse.ArgumentParser()
parser.add_argument('events')
parser.add_argument('--seed', type=int, default=1987)
parser.add_argument('--size', type=int, default=50)
parser.add_argument('--file', default='reut2-000.sgm', help='the Reuters file the events were extracted from')
parser.add_argument('--show', action='store_true')
args = parser.parse_args()

ids = {hashlib.sha256(('%s#NEWID=%d' % (args.file, i)).encode()).hexdigest()[:16]: i for i in range(1, 22000)}
events = [json.loads(line) for line in open(args.events, encoding='utf-8') if line.strip()]
random.seed(args.seed)
for k, e in enumerate(random.sample(events, min(args.size, len(events))), 1):
    m = e['mentions'][0]
    d = e['date']
    actors = ', '.join('%s:%s' % (a['name'], a['part'][0]) for a in e['actors'])
    print('%2d | %s %s | %s | %s %s | NEWID %s %d-%d' % (k, e['type'], e['mode'], actors, d.get('value'), d.get('basis'),
                                                       ids.get(m['article'], '?'), m['start'], m['end']))
    if args.show:
        for mm in e['mentions']:
            print('     [%s] %s' % (mm['trigger'], mm['sentence']))
print('%d events in all' % len(events))
