"""Edits a workbook in LibreOffice through its UNO bridge, as a reviewer or a clerk would by hand,
then saves every sheet as HTML (the cells as shown, conditional formats applied).

Usage: python3 lo_edit.py SOFFICE PROFILE_DIR IN.xlsx OUT.html EDITS.json

EDITS.json is a list of {"sheet": name, "cell": "H5", "text": "已核实"} (a cell typed over) and
{"sheet": name, "insertRowAt": 7} (a row inserted above 1-based row 7, the sheet unprotected first).
"""
import json
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.3)


def main():
    soffice, profile, source, target, edits_file = sys.argv[1:6]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    pipe = f"jixiao{uuid.uuid4().hex}"
    office = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ]
    )
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        sheets = doc.getSheets()
        for edit in edits:
            sheet = sheets.getByName(edit["sheet"])
            if "insertRowAt" in edit:
                sheet.unprotect("")
                sheet.getRows().insertByIndex(edit["insertRowAt"] - 1, 1)
            else:
                sheet.getCellRangeByName(edit["cell"]).setString(edit["text"])
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "HTML (StarCalc)"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away with the office
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
