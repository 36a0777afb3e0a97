#!/usr/bin/python3
"""Reads feed paths from stdin; prints one JSON line per path with feedparser's items (id, title, link, published).

Used by the damaged-feed comparison (dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --damaged-feeds).
Needs Debian's python3-feedparser (6.0.10): apt-get install -y python3-feedparser.
"""
import json
import sys
import time

import feedparser


def instant(entry):
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as handle:
            result = feedparser.parse(handle.read())
        items = [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "published": instant(e)} for e in result.entries]
        print(json.dumps({"path": path, "items": items, "error": None}))
    except Exception as error:  # a crash of the parser is what is being counted
        print(json.dumps({"path": path, "items": [], "error": "crash: %s" % error}))
    sys.stdout.flush()
