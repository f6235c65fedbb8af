#!/usr/bin/env python3
"""Writes self-test.xlsx, the tiny workbook `mateo-import --self-test` opens (XlsxCheck): one sheet,
a header row and one contact, inline strings, deflate-compressed (so zlib is exercised too)."""
import zipfile

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Kontakte" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>E-Mail</t></is></c><c r="C1" t="inlineStr"><is><t>Mobil</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Jürgen Müller</t></is></c><c r="B2" t="inlineStr"><is><t>j.mueller@example.de</t></is></c><c r="C2" t="inlineStr"><is><t>0151 23456789</t></is></c></row>
</sheetData></worksheet>"""

with zipfile.ZipFile("self-test.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("xl/workbook.xml", WORKBOOK),
                       ("xl/_rels/workbook.xml.rels", WB_RELS), ("xl/worksheets/sheet1.xml", SHEET)]:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))   # same bytes on every run
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
