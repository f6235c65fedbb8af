#!/usr/bin/env python3
"""Writes the small .xlsx fixtures for tests/core/tst_xlsxreader.cpp (run from tests/data/).

Hand-made XML so every feature the reader must handle is present and known: two sheets, a title
row above the header, shared and inline (rich) strings, numbers, booleans, a formula string result,
an error value, gaps between cells, date-styled serials in the 1900 system (with the fictitious
29 Feb 1900) and, in a second workbook, the 1904 system.
"""
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

def workbook(date1904):
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
{pr}<sheets><sheet name="Info" sheetId="1" r:id="rId7"/><sheet name="Kontakte" sheetId="2" r:id="rId8"/></sheets></workbook>"""

WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/kontakte.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/info.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""

STRINGS = ["Kundenliste März 2024", "Kundennr.", "Name", "E-Mail", "Geburtstag", "Letzter Kontakt", "Newsletter",
           "Müller", "m@example.de", "Notiz", "E-Mail", "Uhrzeit"]
def shared():
    items = "".join(f"<si><t>{s}</t></si>" for s in STRINGS)
    # one rich-text entry with a phonetic run that must not show up
    items += '<si><r><t>Schrö</t></r><r><rPr><b/></rPr><t xml:space="preserve">der </t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>'
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(STRINGS)+1}" uniqueCount="{len(STRINGS)+1}">{items}</sst>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;Nr. &quot;0"/></numFmts>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="21"/><xf numFmtId="4"/></cellXfs>
</styleSheet>"""

INFO = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Nur eine Notiz</t></is></c></row>
</sheetData></worksheet>"""

# Row 1 title, row 2 empty, row 3 header (with a duplicate "E-Mail" and an empty header in G),
# data from row 4. Styles: 1 = date (14), 2 = custom date-time, 3 = "Nr. "0 (a number, not a date), 4 = time, 5 = #,##0.00
KONTAKTE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c><c r="F3" t="s"><v>6</v></c><c r="H3" t="s"><v>10</v></c><c r="I3" t="s"><v>11</v></c></row>
<row r="4"><c r="A4" s="3"><v>1001</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" t="s"><v>8</v></c><c r="D4" s="1"><v>60</v></c><c r="E4" s="2"><v>45352.75</v></c><c r="F4" t="b"><v>1</v></c><c r="G4" t="str"><f>A4&amp;"x"</f><v>1001x</v></c><c r="H4" t="e"><v>#N/A</v></c><c r="I4" s="4"><v>0.5</v></c></row>
<row r="5"><c r="A5"><v>1002</v></c><c r="B5" t="s"><v>12</v></c><c r="C5" t="inlineStr"><is><t>s@example.de</t></is></c><c r="D5" s="1"><v>59</v></c><c r="E5" s="1"><v>61</v></c><c r="F5" t="b"><v>0</v></c><c r="H5" s="5"><v>1234.5</v></c></row>
<row r="6"></row>
<row r="7"><c r="C7" t="inlineStr"><is><t>only@example.de</t></is></c><c r="D7" s="1"><v>1</v></c></row>
</sheetData></worksheet>"""

def write(name, date1904):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", workbook(date1904))
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/sharedStrings.xml", shared())
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/info.xml", INFO)
        z.writestr("xl/worksheets/kontakte.xml", KONTAKTE)

write("contacts.xlsx", False)
write("contacts-1904.xlsx", True)
with zipfile.ZipFile("not-a-workbook.xlsx", "w") as z:
    z.writestr("readme.txt", "just a zip")
