#!/usr/bin/env python3
"""Edits a workbook the way a clerk does in LibreOffice Calc, through its UNO bridge.

Usage: edit-with-libreoffice.py <edits.json> <in.xlsx> <out-dir>

<edits.json> is a list of {"name": <fixture name>, "steps": [...], "source"?: <a workbook>}; for
each, the workbook (its own source, else <in.xlsx>) is opened, the steps are carried out, and the
result is saved as <out-dir>/<name>.xlsx (Excel 2007+ format, as a clerk's "Save" keeps it), all
in one LibreOffice session. Steps (rows and columns 0-based, as UNO counts them):

  {"do": "unprotect", "sheet": S}                      Tools > Protect Sheet, off
  {"do": "insertRow", "sheet": S, "at": R}             a blank row above row R
  {"do": "deleteRow", "sheet": S, "at": R}
  {"do": "moveRow", "sheet": S, "from": R, "to": T}   cut row R, insert it above row T
  {"do": "set", "sheet": S, "cell": "B7", "value": V}  type V (a number, or text)
  {"do": "insertRowAbove", "sheet": S, "label": L, "cells": {"B": V, …}}
                                                       a row above the row whose column A
                                                       reads L, with V typed into column B

Needs LibreOffice and python3-uno (Debian: libreoffice-calc python3-uno); run with the system
Python that has the `uno` module (/usr/bin/python3 on Debian).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - LibreOffice is still starting
            time.sleep(0.5)
    raise RuntimeError("LibreOffice did not start")


def apply(doc, step):
    sheet = doc.Sheets.getByName(step["sheet"])
    what = step["do"]
    if what == "unprotect":
        sheet.unprotect("")
    elif what == "insertRow":
        sheet.Rows.insertByIndex(step["at"], 1)
    elif what == "deleteRow":
        sheet.Rows.removeByIndex(step["at"], 1)
    elif what == "moveRow":
        source, target = step["from"], step["to"]
        sheet.Rows.insertByIndex(target, 1)
        if source >= target:
            source += 1
        address = sheet.getCellRangeByPosition(0, source, 1023, source).getRangeAddress()
        dest = CellAddress()
        dest.Sheet = address.Sheet
        dest.Column = 0
        dest.Row = target
        sheet.moveRange(dest, address)
        sheet.Rows.removeByIndex(source, 1)
    elif what == "insertRowAbove":
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        last = used.getRangeAddress().EndRow
        at = next(r for r in range(last + 1) if sheet.getCellByPosition(0, r).getString() == step["label"])
        sheet.Rows.insertByIndex(at, 1)
        for column, value in step["cells"].items():
            cell = sheet.getCellRangeByName(f"{column}{at + 1}")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.setValue(value)
            else:
                cell.setString(str(value))
    elif what == "set":
        cell = sheet.getCellRangeByName(step["cell"])
        value = step["value"]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.setValue(value)
        else:
            cell.setString(str(value))
    else:
        raise ValueError(f"unknown step {what}")


def main():
    edits_file, source, out_dir = sys.argv[1:4]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="jixiao-uno-")
    port = 20000 + os.getpid() % 10000
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(port)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for edit in edits:
            url = uno.systemPathToFileUrl(os.path.abspath(edit.get("source", source)))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            try:
                for step in edit["steps"]:
                    apply(doc, step)
                target = uno.systemPathToFileUrl(os.path.abspath(os.path.join(out_dir, edit["name"] + ".xlsx")))
                doc.storeToURL(target, (prop("FilterName", "Calc MS Excel 2007 XML"),))
            finally:
                doc.close(True)
    finally:
        office.terminate()
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
