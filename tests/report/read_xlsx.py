#!/usr/bin/env python3
"""Reads a workbook with openpyxl and prints every sheet as JSON: for each
cell its value and number format, so a test can check that numbers are
numbers (not text) with the intended format."""
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {"date": v.strftime("%Y-%m-%d")}
    return v


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": [], "title": book.properties.title, "created": str(book.properties.created)}
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([[value(c.value), c.number_format, c.data_type] for c in row])
        out["sheets"].append({"name": ws.title, "rows": rows, "freeze": ws.freeze_panes})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
