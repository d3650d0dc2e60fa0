#!/usr/bin/env python3
"""Parses a report's HTML with Python's html.parser and prints what a test
needs as JSON: element counts, the text of every table cell, and any
structural error (an end tag that closes nothing, elements left open)."""
import json
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# SVG children written as self-closing tags (<polyline .../>).
SELF_CLOSING_OK = {"polyline", "polygon", "rect", "circle", "line", "path"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.counts = {}
        self.cells = []
        self._cell = None
        self.svg_children = 0
        self._in_svg = 0

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "svg":
            self._in_svg += 1
        if tag in ("td", "th"):
            self._cell = ""
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if self._in_svg:
            self.svg_children += 1
        elif tag not in VOID and tag not in SELF_CLOSING_OK:
            self.errors.append("self-closing <%s/> outside SVG" % tag)

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg -= 1
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append(self._cell.strip())
            self._cell = None
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> closes %s" % (tag, self.stack[-1] if self.stack else "nothing"))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    c = Checker()
    c.feed(text)
    c.close()
    if c.stack:
        c.errors.append("left open: " + ", ".join(c.stack))
    print(json.dumps({"counts": c.counts, "errors": c.errors, "cells": c.cells, "svg_children": c.svg_children}))


if __name__ == "__main__":
    main()
